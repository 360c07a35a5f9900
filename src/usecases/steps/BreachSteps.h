#pragma once

#include "core/domain/Breach.h"
#include "core/workflow/BreachStep.h"
#include "core/workflow/BreachWorkflow.h"
#include "storage/repositories/BreachRepository.h"
#include "usecases/steps/WorkflowSteps.h"

#include <QCoreApplication>
#include <QDateTime>

namespace pr::usecases {

struct BreachStepTraits {
    Q_DECLARE_TR_FUNCTIONS(BreachSteps)

public:
    using Record = core::Breach;
    using Step = core::BreachStep;
    using Details = core::BreachStepDetails;
    using Workflow = core::BreachWorkflow;
    using Repository = storage::BreachRepository;
    using Moment = QDateTime;

    static QString missing(qint64 id);
};

// The handling of a data breach, step by step (core::BreachWorkflow): what
// `privacyregister-cli breach-step` and the breach's step buttons both call.
using BreachSteps = WorkflowSteps<BreachStepTraits>;

} // namespace pr::usecases
