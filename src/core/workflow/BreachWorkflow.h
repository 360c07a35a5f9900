#pragma once

#include "core/domain/Breach.h"
#include "core/time/Clock.h"
#include "core/workflow/BreachStep.h"
#include "core/workflow/StepResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace pr::core {

// The handling of a data breach as dated steps, with the same shape as the request and
// agreement workflows (a list of possible steps; apply() gives the record after a step or every
// reason why not). The firm's role decides which steps there are:
//
// - as controller (its own data, clientId 0): report to the AP (a first report, then
//   follow-ups, art. 33(4)) or record why no report is needed (art. 33(5)); tell the people or
//   record why not (art. 34);
// - as processor (a client's data): tell the client (art. 33(2)); the client, as controller,
//   decides on the AP and on the people, so those steps are not offered. A report listed
//   anyway (recorded before this rule, or imported) can still be followed up.
//
// Every step's moment lies after the discovery and not after now (the clock's). The caller
// stores the result through the use case (usecases::BreachSteps), which records it in the
// audit trail.
class BreachWorkflow {
    Q_DECLARE_TR_FUNCTIONS(BreachWorkflow)

public:
    explicit BreachWorkflow(const Clock& clock);

    // The steps BREACH can take now, in the order of BreachStep.
    static QList<BreachStep> possibleSteps(const Breach& breach);

    // BREACH after STEP at AT, or every reason it cannot be taken. InformSubjects and
    // DecideNotToInform keep the date of AT.
    StepResult<Breach> apply(const Breach& breach, BreachStep step, const QDateTime& at,
                             const BreachStepDetails& details = {}) const;

    // The field of Breach that keeps STEP's moment: the issues about the moment name it, so
    // that a dialog shows them beside its date.
    static QString momentField(BreachStep step);

private:
    const Clock& m_clock;
};

} // namespace pr::core
