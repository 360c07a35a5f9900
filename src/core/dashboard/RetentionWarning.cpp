#include "core/dashboard/RetentionWarning.h"

#include "core/workflow/RequestRetention.h"

namespace pr::core {

std::optional<DashboardWarning> retentionWarning(const QList<DataSubjectRequest>& requests,
                                                 const Period& retention, QDate today)
{
    const int count = static_cast<int>(RequestRetention::due(requests, retention, today).size());
    if (count == 0) {
        return std::nullopt;
    }
    DashboardWarning warning;
    warning.kind = WarningKind::RequestsPastRetention;
    warning.level = WarningLevel::ToDo;
    warning.entity = EntityKind::DataSubjectRequest;
    warning.entityId = 0;
    warning.count = count;
    return warning;
}

} // namespace pr::core
