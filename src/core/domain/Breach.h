#pragma once

#include "core/domain/ApNotification.h"
#include "core/domain/BreachNature.h"
#include "core/domain/BreachRisk.h"
#include "core/domain/NotInformedGround.h"
#include "core/domain/SpecialCategory.h"

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
// The fields follow what the AP's notification form asks (and the EDPB's draft common
// template), so that a notification can be typed from the record; empty means "not known yet".
struct Breach {
    qint64 id = 0;                            // 0 = not yet stored
    QString reference;                        // the firm's own number, e.g. "DL-2025-01"
    QDateTime discoveredAt;                   // when the firm became aware: the clocks start here
    QDateTime startedAt;                      // when it began; invalid = unknown
    QDateTime endedAt;                        // when it ended; invalid = unknown or ongoing
    bool ongoing = false;                     // it still goes on
    QList<BreachNature> natures;              // its kinds, in the AP's terms
    QString description;                      // what happened
    QString cause;                            // how it could happen
    QString internalReporter;                 // who reported it within the firm
    QStringList dataCategories;               // kinds of personal data affected
    SpecialCategories specialCategories;      // the special or sensitive ones among them
    QStringList dataSubjectCategories;        // kinds of people affected
    std::optional<qint64> approxSubjectCount; // at least about how many people; empty = unknown
    std::optional<qint64> maxSubjectCount;    // at most how many people; empty = unknown
    std::optional<qint64> approxRecordCount;  // at least about how many records; empty = unknown
    std::optional<qint64> maxRecordCount;     // at most how many records; empty = unknown
    std::optional<bool> unintelligible;       // encrypted, hashed or otherwise unintelligible
    QString protection;                       // how: the encryption or hashing and its key
    bool confidentialityLost = false;         // seen or taken by someone not entitled to it
    bool integrityLost = false;               // changed without authority
    bool availabilityLost = false;            // lost or out of reach for a time
    QString likelyConsequences;               // what may follow for the people
    QString measuresTaken;                    // what was done to stop it and limit the harm
    QString measuresPlanned;                  // what is still to be done
    std::optional<BreachRisk> risk;           // the assessed risk; empty = not assessed yet
    QString riskReasoning;                    // why that risk
    bool otherEuCountries = false;            // people in other EU countries are affected
    QString otherEuCountriesDetail;           // which countries
    QString otherAuthorities;                 // other supervisory authorities or bodies told
    QString apContactPerson;                  // whom the AP can contact about it
    std::optional<bool> apNotified;           // reported to the AP; empty = not decided yet
    QString apNotNotifiedReason;              // why not reported; required when not
    QString apReference;                      // the AP's number for the report
    QList<ApNotification> apNotifications;    // the reports, first one first
    std::optional<bool> subjectsInformed;     // the people were told (art. 34); empty = undecided
    QDate subjectsInformedDate;               // when they were told
    QString subjectsInformedHow;              // how: letter, e-mail, phone, public notice
    QString subjectsNotInformedReason;        // why not; required when not
    std::optional<NotInformedGround> subjectsNotInformedGround; // the legal ground for not
    qint64 clientId = 0;        // as processor: the client whose data it was; 0 = own
    QDateTime clientNotifiedAt; // as processor: when that client was told

    friend bool operator==(const Breach&, const Breach&) = default;
};

} // namespace pr::core
