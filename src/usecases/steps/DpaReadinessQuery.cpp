#include "usecases/steps/DpaReadinessQuery.h"

#include "core/workflow/DpaReadiness.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/SecurityMeasureRepository.h"
#include "storage/repositories/SubProcessorRepository.h"
#include "usecases/UseCaseContext.h"

namespace pr::usecases {

QStringList DpaReadinessQuery::warnings(const UseCaseContext& context, qint64 agreementId)
{
    const auto& db = context.database();
    const std::optional<core::Agreement> agreement =
        storage::AgreementRepository::find(db, agreementId);
    if (!agreement) {
        return {};
    }
    return core::DpaReadiness::warnings(*agreement, storage::SecurityMeasureRepository::all(db),
                                        storage::SubProcessorRepository::all(db));
}

} // namespace pr::usecases
