#include "usecases/steps/AgreementSteps.h"

#include "report/model/DpaDrift.h"

#include <spdlog/spdlog.h>

namespace pr::usecases {

QString AgreementStepTraits::missing(qint64 id)
{
    return tr("There is no agreement %1.").arg(id);
}

void AgreementStepTraits::completeStep(const UseCaseContext& context, Step step, Record& after)
{
    if (step == core::AgreementStep::SignByFirm && after.signedContent.isEmpty()) {
        after.signedContent = contentNow(context, after);
    }
}

QByteArray AgreementStepTraits::contentNow(const UseCaseContext& context, const Record& agreement,
                                           const QString& language)
{
    try {
        // The signatures and the state are not part of the content, so the agreement as it
        // is stored before the step makes the same content as after it.
        return report::DpaDrift::currentContent(context.database(), agreement, language);
    } catch (const std::exception& error) {
        spdlog::warn("the content of agreement {} could not be kept: {}", agreement.id,
                     error.what());
        return {};
    }
}

} // namespace pr::usecases
