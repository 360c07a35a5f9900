#include "usecases/due/DueItemsQuery.h"

#include "core/settings/AppSettings.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/BreachRepository.h"
#include "storage/repositories/RequestRepository.h"
#include "usecases/UseCaseContext.h"

namespace pr::usecases {

core::DueItems DueItemsQuery::load(const UseCaseContext& context, int withinDays)
{
    return load(context, context.settings().promisedAnswerPeriod(), withinDays);
}

core::DueItems DueItemsQuery::load(const UseCaseContext& context, const core::Period& promise,
                                   int withinDays)
{
    const storage::SqliteDatabase& db = context.database();
    return core::DueItems::compute(
        storage::RequestRepository::all(db), storage::BreachRepository::all(db),
        storage::AgreementRepository::all(db), promise, context.clock(), withinDays);
}

QList<core::BreachClock> DueItemsQuery::breachClocks(const UseCaseContext& context)
{
    const storage::SqliteDatabase& db = context.database();
    // The promise plays no part in breach clocks.
    return core::DueItems::compute({}, storage::BreachRepository::all(db),
                                   storage::AgreementRepository::all(db), core::Period{},
                                   context.clock())
        .breachClocks;
}

} // namespace pr::usecases
