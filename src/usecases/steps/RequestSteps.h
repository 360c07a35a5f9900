#pragma once

#include "core/domain/DataSubjectRequest.h"
#include "core/workflow/RequestStep.h"
#include "core/workflow/RequestWorkflow.h"
#include "storage/repositories/RequestRepository.h"
#include "usecases/steps/WorkflowSteps.h"

#include <QCoreApplication>

namespace pr::usecases {

struct RequestStepTraits {
    Q_DECLARE_TR_FUNCTIONS(RequestSteps)

public:
    using Record = core::DataSubjectRequest;
    using Step = core::RequestStep;
    using Details = core::RequestStepDetails;
    using Workflow = core::RequestWorkflow;
    using Repository = storage::RequestRepository;

    using Moment = QDate;

    static QString missing(qint64 id);
};

// The handling of a data-subject request, step by step (core::RequestWorkflow): what
// `privacyregister-cli request-step` and the step buttons of the desktop program both call.
using RequestSteps = WorkflowSteps<RequestStepTraits>;

} // namespace pr::usecases
