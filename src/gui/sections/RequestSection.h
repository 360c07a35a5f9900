#pragma once

#include "core/calendar/Period.h"
#include "core/workflow/RequestDue.h"
#include "gui/sections/RecordSection.h"

#include <QCoreApplication>

namespace pr::core {
class Clock;
}

namespace pr::gui {

// The data-subject requests as a list, newest first, with the deadline each open request works
// to: the earlier of the firm's PROMISE and the legal one (core::requestDeadlines), and how it
// stands on CLOCK's day (core::DueItems: overdue, due within 7 days) in words and colour (the
// clock must outlive the section).
class RequestSection {
    Q_DECLARE_TR_FUNCTIONS(RequestSection)

public:
    static RecordSection make(const core::Period& promise, const core::Clock& clock);

    // "3 days overdue", "2 days left", "Due today" (core::TimeLeft, as the overview and `due`).
    static QString dueText(const core::RequestDue& due);
    static RowAttention attentionOf(const core::RequestDue& due);
};

} // namespace pr::gui
