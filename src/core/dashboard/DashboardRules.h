#pragma once

#include "core/dashboard/DashboardInput.h"
#include "core/dashboard/DashboardWarning.h"
#include "core/workflow/DueItems.h"

#include <QList>

namespace pr::core {

// The rules of the overview (Overzicht), as one pure function of the open deadlines and the
// records:
//
// - the deadlines are those of DUE (DueItems, with kDueSoonDays as its number of days): an
//   open request that is overdue or due soon, and every breach clock that runs, as the
//   firm's role in the breach decides (BreachDuty: the AP clock as controller, the client's
//   window as processor);
// - a DPA that is neither countersigned nor terminated still lacks the client's signature;
//   urgent once its start date has come, because the processing then runs without one;
//   when the client has had it (sent, or signed by us: the later date) for more than
//   kCountersignatureReminderDays, it is a countersignature to chase instead, at least "soon";
// - a controller activity needs a legal basis (art. 6), and every activity a retention period;
// - a measure in place must have been reviewed within kReviewMonths;
// - a client's period to object to a sub-processor is followed to its last day (ObjectionPeriod),
//   "soon" within kDueSoonDays of it, to do before; after it, without an objection, the change
//   may go ahead and nothing is shown; an objection without an outcome is "soon" until settled.
//
// The day is DUE's (its now, in local time). Warnings come ordered: by level (urgent first),
// then kind, then the date that drives them; the breach clocks of both kinds together, by
// their deadline.
QList<DashboardWarning> dashboardWarnings(const DueItems& due, const DashboardInput& records);

inline constexpr int kDueSoonDays = DueItems::kDefaultWithinDays;
inline constexpr int kReviewMonths = 12;
inline constexpr int kCountersignatureReminderDays = 14;

} // namespace pr::core
