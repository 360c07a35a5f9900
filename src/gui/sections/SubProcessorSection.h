#pragma once

#include "gui/sections/RecordSection.h"

#include <QCoreApplication>

namespace pr::gui {

// The sub-processors as a list, with the activities each serves.
class SubProcessorSection {
    Q_DECLARE_TR_FUNCTIONS(SubProcessorSection)

public:
    static RecordSection make();
};

} // namespace pr::gui
