#pragma once

#include <QString>
#include <QStringList>

namespace pr::core {

// One kind of employee, by function, who takes part in a processing activity, with what that
// function does with the data: the "Type medewerker" and "Verwerkingshandelingen" columns of
// Bijlage 1, which pair each function with its own operations.
struct StaffRole {
    QString role;           // the function, e.g. "Systeembeheerder"
    QStringList operations; // what it does with the data, e.g. "inzien", "back-up maken"

    friend bool operator==(const StaffRole&, const StaffRole&) = default;
};

} // namespace pr::core
