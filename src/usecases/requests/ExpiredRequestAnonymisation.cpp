#include "usecases/requests/ExpiredRequestAnonymisation.h"

#include "core/settings/AppSettings.h"
#include "core/time/Clock.h"
#include "storage/repositories/ExpiredRequests.h"
#include "usecases/RegisterWriter.h"
#include "usecases/UseCaseContext.h"

namespace pr::usecases {

core::Period ExpiredRequestAnonymisation::retention(const UseCaseContext& context)
{
    return context.settings().requestRetentionPeriod();
}

QList<core::DataSubjectRequest> ExpiredRequestAnonymisation::due(const UseCaseContext& context,
                                                                 const core::Period& retention)
{
    return storage::ExpiredRequests::find(context.database(), retention, context.clock().today());
}

ChangeResult ExpiredRequestAnonymisation::anonymise(const UseCaseContext& context,
                                                    const QList<core::DataSubjectRequest>& requests)
{
    return RegisterWriter::write(
        context, [&requests](storage::SqliteDatabase& db, const storage::AuditContext& audit) {
            storage::ExpiredRequests::anonymise(db, audit, requests);
        });
}

} // namespace pr::usecases
