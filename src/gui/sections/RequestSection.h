#pragma once

#include "core/calendar/Period.h"
#include "gui/sections/RecordSection.h"

#include <QCoreApplication>

namespace pr::core {
class Clock;
}

namespace pr::gui {

// The data-subject requests as a list, newest first, with the deadline each open request works
// to: the earlier of the firm's PROMISE and the legal one (core::requestDeadlines), marked when
// it has passed on CLOCK's day (the clock must outlive the section).
class RequestSection {
    Q_DECLARE_TR_FUNCTIONS(RequestSection)

public:
    static RecordSection make(const core::Period& promise, const core::Clock& clock);
};

} // namespace pr::gui
