#pragma once

#include "core/workflow/BreachClock.h"
#include "gui/sections/RecordSection.h"

#include <QCoreApplication>

namespace pr::core {
class Clock;
}

namespace pr::gui {

// The data breaches as a list, newest first, with the decisions taken, and the clock that
// runs out first (72 hours to the AP, the client's window) as core::DueItems computes it on
// CLOCK's moment, in words and colour (the clock must outlive the section).
class BreachSection {
    Q_DECLARE_TR_FUNCTIONS(BreachSection)

public:
    static RecordSection make(const core::Clock& clock);

    // "Report to the AP: 5 hours overdue", "Inform the client: 30 hours left".
    static QString clockText(const core::BreachClock& clock);
};

} // namespace pr::gui
