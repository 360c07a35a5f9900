#pragma once

#include "core/calendar/Period.h"
#include "core/dashboard/DashboardInput.h"
#include "core/dashboard/DashboardWarning.h"

#include <QDateTime>
#include <QList>

namespace pr::core {

// The rules of the overview (Overzicht), as one pure function of the records, the moment and
// the firm's promised answer period:
//
// - an open request is overdue after its effective deadline (the earlier of the promise and
//   the legal month, or the extended legal deadline once extended: requestDeadlines()), and
//   due soon when that deadline falls within kDueSoonDays;
// - a breach whose report to the AP is undecided runs the 72-hour clock from its discovery;
//   as processor, a breach whose client has not been told runs the window of the client's DPA;
// - a DPA that is neither countersigned nor terminated still lacks the client's signature;
//   urgent once its start date has come, because the processing then runs without one;
//   when the client has had it (sent, or signed by us: the later date) for more than
//   kCountersignatureReminderDays, it is a countersignature to chase instead, at least "soon";
// - a controller activity needs a legal basis (art. 6), and every activity a retention period;
// - a measure in place must have been reviewed within kReviewMonths.
//
// Warnings come ordered: by level (urgent first), then kind, then the date that drives them.
QList<DashboardWarning> dashboardWarnings(const DashboardInput& input, const QDateTime& now,
                                          const Period& promisedAnswerPeriod);

inline constexpr int kDueSoonDays = 7;
inline constexpr int kReviewMonths = 12;
inline constexpr int kCountersignatureReminderDays = 14;

} // namespace pr::core
