#pragma once

#include "gui/sections/RecordSection.h"

#include <QCoreApplication>

namespace pr::gui {

// The security measures (Bijlage 2) as a list, grouped as Bijlage 2 groups them.
class MeasureSection {
    Q_DECLARE_TR_FUNCTIONS(MeasureSection)

public:
    static RecordSection make();
};

} // namespace pr::gui
