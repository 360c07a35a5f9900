#pragma once

#include "gui/sections/RecordSection.h"

#include <QCoreApplication>

namespace pr::gui {

// The clients as a list, each with its agreements in the detail pane.
class ClientSection {
    Q_DECLARE_TR_FUNCTIONS(ClientSection)

public:
    static RecordSection make();
};

} // namespace pr::gui
