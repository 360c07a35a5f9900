#include "storage/repositories/ExpiredRequests.h"

#include "core/workflow/RequestAnonymiser.h"
#include "core/workflow/RequestRetention.h"
#include "storage/audit/AuditTrail.h"
#include "storage/repositories/RequestRepository.h"

namespace pr::storage {

QList<core::DataSubjectRequest> ExpiredRequests::find(const SqliteDatabase& db,
                                                      const core::Period& period, QDate today)
{
    return core::RequestRetention::due(RequestRepository::all(db), period, today);
}

void ExpiredRequests::anonymise(SqliteDatabase& db, const AuditContext& audit,
                                const QList<core::DataSubjectRequest>& requests)
{
    for (const core::DataSubjectRequest& request : requests) {
        RequestRepository::update(db, audit, core::RequestAnonymiser::anonymised(request));
        AuditTrail::redact(db, audit, core::EntityKind::DataSubjectRequest, request.id,
                           core::RequestAnonymiser::personalFields());
    }
}

} // namespace pr::storage
