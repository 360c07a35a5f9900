#include "usecases/due/DashboardWarningsQuery.h"

#include "core/dashboard/DashboardRules.h"
#include "core/dashboard/RetentionWarning.h"
#include "core/settings/AppSettings.h"
#include "core/time/Clock.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/RequestRepository.h"
#include "storage/repositories/SecurityMeasureRepository.h"
#include "storage/repositories/SubProcessorNoticeRepository.h"
#include "storage/repositories/SubProcessorRepository.h"
#include "usecases/UseCaseContext.h"
#include "usecases/due/DueItemsQuery.h"

namespace pr::usecases {

QList<core::DashboardWarning> DashboardWarningsQuery::load(const UseCaseContext& context)
{
    const storage::SqliteDatabase& db = context.database();
    core::DashboardInput records;
    records.requests = storage::RequestRepository::all(db);
    records.agreements = storage::AgreementRepository::all(db);
    records.clients = storage::ClientRepository::all(db);
    records.activities = storage::ActivityRepository::all(db);
    records.measures = storage::SecurityMeasureRepository::all(db);
    records.subProcessorNotices = storage::SubProcessorNoticeRepository::all(db);
    records.subProcessors = storage::SubProcessorRepository::all(db);
    QList<core::DashboardWarning> warnings =
        core::dashboardWarnings(DueItemsQuery::load(context, core::kDueSoonDays), records);
    // Housekeeping, so after the rules' warnings, which come most urgent first.
    if (const auto expired =
            core::retentionWarning(records.requests, context.settings().requestRetentionPeriod(),
                                   context.clock().today())) {
        warnings << *expired;
    }
    return warnings;
}

} // namespace pr::usecases
