#pragma once

#include "core/domain/EntityKind.h"
#include "core/workflow/BreachClock.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace pr::core {

// What a warning on the overview is about. The order is the order in which warnings of the
// same level are listed: deadlines that the law sets first, housekeeping last.
enum class WarningKind {
    BreachApClock,     // as controller: the report to the AP still undecided (72 hours)
    BreachClientClock, // as processor: the client not yet told (window of its DPA)
    RequestOverdue,    // an open request past its deadline
    RequestDueSoon,    // an open request due within the coming days
    AgreementCountersignatureOverdue, // a DPA with the client for its signature too long
    AgreementNotCountersigned,        // a DPA that the client has not signed yet
    SubProcessorObjectionOpen,        // a client objected to a sub-processor: not settled yet
    SubProcessorObjectionPeriod,      // a client's period to object to a sub-processor runs
    ActivityWithoutLegalBasis,        // a controller activity without its art. 6 ground
    ActivityWithoutRetention,         // an activity without a retention period
    MeasureNotReviewed,               // a measure in place that nobody checked for a year
    RequestsPastRetention,            // closed requests kept past their retention: anonymise them
};

// How soon the user must act. The overview shows the level as a coloured label with text, so
// that it never depends on colour alone.
enum class WarningLevel {
    Urgent, // a deadline has passed or a breach clock is running
    Soon,   // a deadline within the coming days
    ToDo,   // the register is incomplete or out of date; no deadline runs
};

// One item that needs the user's attention, with the record it is about so that the overview
// can lead there. The dates are facts; WarningText turns them into words.
struct DashboardWarning {
    WarningKind kind = WarningKind::RequestOverdue;
    WarningLevel level = WarningLevel::ToDo;
    EntityKind entity = EntityKind::DataSubjectRequest;
    qint64 entityId = 0;
    QString subject; // how the user knows the record: a reference, a name, a title

    // Sub-processor notices: the sub-processor (entity, subject), the client (clientName), the
    // last day of the objection period (due) and the days left until it (daysLeft).
    // Requests: the deadline that drives the warning, the firm's own and the legal one (the
    // extended one once the request was extended). Agreements: the start date; for an overdue
    // countersignature, the day the client got it (sent or signed by us). Measures: the
    // last review (null = never).
    QDate due;
    QDate promisedDue;
    QDate legalDue;
    bool extended = false; // requests: the legal deadline is the extended one
    int daysLeft = 0;      // requests: days from today until DUE; negative when past
    int daysWaiting = 0;   // overdue countersignature: days since DUE
    int count = 0;         // requests past retention: how many (the warning is about all)

    // Breaches: when the hours run out, how many whole hours are left (negative when past,
    // BreachClock::hoursLeft) and the length of the window; for the client clock, the client
    // it is about and where its window comes from.
    QDateTime clockDeadline;
    qint64 hoursLeft = 0;
    int windowHours = 0;
    QString clientName;
    WindowSource windowSource = WindowSource::NotApplicable;

    friend bool operator==(const DashboardWarning&, const DashboardWarning&) = default;
};

} // namespace pr::core
