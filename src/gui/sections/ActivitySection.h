#pragma once

#include "gui/sections/RecordSection.h"

#include <QCoreApplication>

namespace pr::gui {

// The processing activities (the register of art. 30, Bijlage 1) as a list.
class ActivitySection {
    Q_DECLARE_TR_FUNCTIONS(ActivitySection)

public:
    static RecordSection make();
};

} // namespace pr::gui
