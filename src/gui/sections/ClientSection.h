#pragma once

#include "gui/sections/RecordSection.h"

#include <QCoreApplication>

namespace pr::core {
class Clock;
}

namespace pr::gui {

// The clients as a list, each with its agreements in the detail pane.
class ClientSection {
    Q_DECLARE_TR_FUNCTIONS(ClientSection)

public:
    // CLOCK: today, for the notices' objection periods in the details.
    static RecordSection make(const core::Clock& clock);
};

} // namespace pr::gui
