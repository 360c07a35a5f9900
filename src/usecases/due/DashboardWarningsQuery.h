#pragma once

#include "core/dashboard/DashboardWarning.h"

#include <QList>

namespace pr::usecases {

class UseCaseContext;

// The warnings of the overview (Overzicht) for the register of CONTEXT, at its clock and with
// its settings: core::dashboardWarnings over the open deadlines (DueItemsQuery, due soon
// within core::kDueSoonDays) and the register's records, then the one about closed requests
// kept past the retention period of the settings (core::retentionWarning).
class DashboardWarningsQuery {
public:
    static QList<core::DashboardWarning> load(const UseCaseContext& context);
};

} // namespace pr::usecases
