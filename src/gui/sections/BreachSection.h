#pragma once

#include "gui/sections/RecordSection.h"

#include <QCoreApplication>

namespace pr::gui {

// The data breaches as a list, newest first, with the decisions taken.
class BreachSection {
    Q_DECLARE_TR_FUNCTIONS(BreachSection)

public:
    static RecordSection make();
};

} // namespace pr::gui
