#pragma once

#include "core/domain/Agreement.h"
#include "core/time/Clock.h"
#include "core/workflow/AgreementStep.h"
#include "core/workflow/StepResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace pr::core {

// The signing of a data processing agreement as a state machine:
//
//   draft --send--> sent --sign--> signed by us --countersign--> signed by both --terminate-->
//     \                               ^   |                                          terminated
//      \------------- sign -----------/   \-- send (records the date; state stays)
//   sent and signed by us can also be terminated: an agreement the client never signed and
//   that is given up is kept as terminated, with the date it was given up.
//
// - A draft is not terminated: it was never in anybody's hands, so it is deleted instead.
// - The client countersigns only what the firm signed: "countersign" needs "sign" first.
//   When the client signed first, record our signature, then theirs, with their dates.
// - Countersigning keeps the proof: the PDF the client signed (any PDF; a scan of a paper copy
//   too) or the note that they signed on paper, or both (a paper copy and its scan).
// - "Send" from "signed by us" records when the signed copy went to the client; the dashboard
//   counts the client's time to countersign from the later of the two dates.
// - Termination sets the end date to the step's date (which may precede the planned start:
//   cancelled before it took effect); a planned end in the future is an
//   end date in the editor, not a step.
//
// Every step is dated: not in the future (the clock's today) and not before an earlier step's
// date. apply() refuses a step the state does not allow, naming the current state and the
// possible steps. The caller stores the result with AgreementRepository::update, which records
// the change in the audit trail; that entry is the proof of the step.
class AgreementWorkflow {
    Q_DECLARE_TR_FUNCTIONS(AgreementWorkflow)

public:
    explicit AgreementWorkflow(const Clock& clock);

    // The steps the state machine has from STATE, in the order of AgreementStep.
    static QList<AgreementStep> stepsFrom(SigningState state);
    // The steps AGREEMENT can take, leaving out "send" once its sending date is recorded.
    static QList<AgreementStep> possibleSteps(const Agreement& agreement);
    // Where STEP leads from FROM.
    static SigningState targetState(SigningState from, AgreementStep step);
    // The field of Agreement that keeps STEP's date: the field apply()'s issues about that date
    // name, so that a form can show them beside its date.
    static QString dateField(AgreementStep step);

    // AGREEMENT after STEP on DATE, or every reason it cannot be taken.
    StepResult<Agreement> apply(const Agreement& agreement, AgreementStep step, QDate date,
                                const AgreementStepDetails& details = {}) const;

private:
    const Clock& m_clock;
};

} // namespace pr::core
