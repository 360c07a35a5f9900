#pragma once

#include <QDate>
#include <QString>

namespace pr::core {

// One party's signature block of a DPA.
struct Signatory {
    QString name;     // who signed
    QString function; // in which function
    QDate date;       // when; null = not signed yet
    QString place;    // where, e.g. "Utrecht"

    friend bool operator==(const Signatory&, const Signatory&) = default;
};

} // namespace pr::core
