#pragma once

#include "core/domain/ApNotification.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pr::core {

// A personal data breach (datalek). Art. 33(5) requires documenting every one, including those
// not reported. The two decisions (report to the AP, inform the people) are optional booleans:
// empty while undecided, so that a fresh breach is not mistaken for one decided against.
struct Breach {
    qint64 id = 0;                            // 0 = not yet stored
    QString reference;                        // the firm's own number, e.g. "DL-2025-01"
    QDateTime discoveredAt;                   // when the firm became aware: the clocks start here
    QString description;                      // what happened
    QStringList dataCategories;               // kinds of personal data affected
    QStringList dataSubjectCategories;        // kinds of people affected
    std::optional<qint64> approxSubjectCount; // about how many people; empty = unknown
    std::optional<qint64> approxRecordCount;  // about how many records; empty = unknown
    QString likelyConsequences;               // what may follow for the people
    QString measuresTaken;                    // what was done to stop it and limit the harm
    std::optional<bool> apNotified;           // reported to the AP; empty = not decided yet
    QString apNotNotifiedReason;              // why not reported; required when not
    QString apReference;                      // the AP's number for the report
    QList<ApNotification> apNotifications;    // the reports, first one first
    std::optional<bool> subjectsInformed;     // the people were told (art. 34); empty = undecided
    QDate subjectsInformedDate;               // when they were told
    QString subjectsNotInformedReason;        // why not; required when not
    qint64 clientId = 0;                      // as processor: the client whose data it was; 0 = own
    QDateTime clientNotifiedAt;               // as processor: when that client was told

    friend bool operator==(const Breach&, const Breach&) = default;
};

} // namespace pr::core
