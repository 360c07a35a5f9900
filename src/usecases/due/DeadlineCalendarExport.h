#pragma once

#include "core/calendar/Period.h"

#include <QByteArray>

namespace pr::usecases {

class UseCaseContext;

// The open deadlines of the register of CONTEXT (DueItemsQuery, against PROMISE) as an
// iCalendar file (core::DeadlineIcs), stamped with the context's clock. Its UIDs carry the
// register's key (core::DeadlineIcs::registerKey over the first entry of the audit trail), so
// that a second export updates the events of the first.
class DeadlineCalendarExport {
public:
    static QByteArray calendar(const UseCaseContext& context, const core::Period& promise);
};

} // namespace pr::usecases
