#pragma once

#include "core/calendar/Period.h"
#include "core/workflow/DueItems.h"

#include <QList>

namespace pr::usecases {

class UseCaseContext;

// The open deadlines of a register: every open request and every running breach clock at the
// context's clock (core::DueItems, whose breach clocks follow the firm's role in each breach,
// core::BreachDuty). The one place that reads them from a register, for `due`, the calendar
// export, the overview, the start-up banner and the breach list.
class DueItemsQuery {
public:
    // Against the promised answer period of the context's settings.
    static core::DueItems load(const UseCaseContext& context,
                               int withinDays = core::DueItems::kDefaultWithinDays);
    // Against PROMISE instead (`due --promise`).
    static core::DueItems load(const UseCaseContext& context, const core::Period& promise,
                               int withinDays = core::DueItems::kDefaultWithinDays);
    // The running breach clocks only, earliest deadline first, without reading the requests.
    static QList<core::BreachClock> breachClocks(const UseCaseContext& context);
};

} // namespace pr::usecases
