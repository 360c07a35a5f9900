#pragma once

#include "core/domain/Agreement.h"
#include "core/workflow/AgreementStep.h"
#include "core/workflow/AgreementWorkflow.h"
#include "storage/repositories/AgreementRepository.h"
#include "usecases/steps/WorkflowSteps.h"

#include <QCoreApplication>

namespace pr::usecases {

struct AgreementStepTraits {
    Q_DECLARE_TR_FUNCTIONS(AgreementSteps)

public:
    using Record = core::Agreement;
    using Step = core::AgreementStep;
    using Details = core::AgreementStepDetails;
    using Workflow = core::AgreementWorkflow;
    using Repository = storage::AgreementRepository;

    using Moment = QDate;

    static QString missing(qint64 id);
    // Signing for the firm keeps what the DPA says at that moment (Agreement::signedContent),
    // unless the agreement already keeps it: the register can later tell whether it still
    // makes the agreement that was signed (report::DpaDrift).
    static void completeStep(const UseCaseContext& context, Step step, Record& after);
    // AGREEMENT's content as the register makes it now (report::DpaContent) in LANGUAGE; empty
    // when it cannot be made, which later reads as "cannot be compared", never as unchanged.
    static QByteArray contentNow(const UseCaseContext& context, const Record& agreement,
                                 const QString& language = QStringLiteral("nl"));
};

// The signing of a data processing agreement, step by step (core::AgreementWorkflow): what
// `privacyregister-cli agreement-step`, the agreement's step buttons and signing with the
// register's certificate (SignAgreement) all call.
using AgreementSteps = WorkflowSteps<AgreementStepTraits>;

} // namespace pr::usecases
