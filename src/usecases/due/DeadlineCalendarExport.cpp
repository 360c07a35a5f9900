#include "usecases/due/DeadlineCalendarExport.h"

#include "core/time/Clock.h"
#include "core/workflow/DeadlineIcs.h"
#include "storage/audit/AuditTrail.h"
#include "usecases/UseCaseContext.h"
#include "usecases/due/DueItemsQuery.h"

namespace pr::usecases {

QByteArray DeadlineCalendarExport::calendar(const UseCaseContext& context,
                                            const core::Period& promise)
{
    const QList<core::AuditEntry> trail = storage::AuditTrail::all(context.database());
    const QString key =
        core::DeadlineIcs::registerKey(trail.isEmpty() ? QByteArray() : trail.first().hash);
    return core::DeadlineIcs::calendar(DueItemsQuery::load(context, promise), key,
                                       context.clock().now());
}

} // namespace pr::usecases
