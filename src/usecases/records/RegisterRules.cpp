#include "usecases/records/RegisterRules.h"

#include "core/domain/validation/AgreementActivitiesValidation.h"
#include "storage/repositories/ActivityRepository.h"

namespace pr::usecases {

QList<core::ValidationIssue>
RegisterRules<core::Agreement>::check(const storage::SqliteDatabase& db,
                                      const core::Agreement& after)
{
    if (after.signingState == core::SigningState::Terminated) {
        return {};
    }
    return core::validateActivities(after, storage::ActivityRepository::all(db));
}

} // namespace pr::usecases
