#pragma once

#include "gui/sections/RecordSection.h"

#include <QCoreApplication>

namespace pr::core {
class Clock;
}

namespace pr::gui {

// The sub-processors as a list, with the activities each serves.
class SubProcessorSection {
    Q_DECLARE_TR_FUNCTIONS(SubProcessorSection)

public:
    // CLOCK: today, for the notices' objection periods in the details.
    static RecordSection make(const core::Clock& clock);
};

} // namespace pr::gui
