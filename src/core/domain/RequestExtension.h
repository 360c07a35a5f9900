#pragma once

#include <QDate>
#include <QString>

namespace pr::core {

// The extension of a data-subject request by two further months (art. 12(3)), which only
// holds when the person is told, with the reason, within the first month.
struct RequestExtension {
    QDate toldOn;   // when the person was told
    QString reason; // why more time is needed (complexity, number of requests)

    friend bool operator==(const RequestExtension&, const RequestExtension&) = default;
};

} // namespace pr::core
