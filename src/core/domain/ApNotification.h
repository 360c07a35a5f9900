#pragma once

#include "core/domain/NotificationPhase.h"

#include <QDateTime>
#include <QString>

namespace pr::core {

// One report of a breach to the Autoriteit Persoonsgegevens: the first one or a follow-up.
struct ApNotification {
    NotificationPhase phase = NotificationPhase::Initial; // first report or follow-up
    QDateTime at;                                         // when it was sent
    QString summary;                                      // what it said or added
    bool final = false; // the firm considers the report complete; else preliminary (art. 33(4))

    friend bool operator==(const ApNotification&, const ApNotification&) = default;
};

} // namespace pr::core
