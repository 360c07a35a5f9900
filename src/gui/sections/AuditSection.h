#pragma once

#include "gui/sections/RecordSection.h"

#include <QCoreApplication>

namespace pr::gui {

// The audit trail as a list, newest first: who changed what and when.
class AuditSection {
    Q_DECLARE_TR_FUNCTIONS(AuditSection)

public:
    static RecordSection make();
};

} // namespace pr::gui
