#pragma once

#include "gui/sections/RecordSection.h"

#include <QCoreApplication>

namespace pr::gui {

// The data processing agreements as a list, with their signing state.
class AgreementSection {
    Q_DECLARE_TR_FUNCTIONS(AgreementSection)

public:
    static RecordSection make();
};

} // namespace pr::gui
