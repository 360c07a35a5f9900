#pragma once

#include "core/domain/DataSubjectRequest.h"
#include "core/time/Clock.h"
#include "core/workflow/RequestStage.h"
#include "core/workflow/RequestStep.h"
#include "core/workflow/StepResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace pr::core {

// The handling of a data-subject request as a state machine:
//
//   received --> identity check requested --> identity verified --> in progress --> answered
//       |                                                               ^      \--> refused
//       \-------------------------- start -------------------------------/
//   every open stage: extend (once), inform client (processor role), refuse, withdraw
//
// Every step is dated. apply() refuses a step that the stage does not allow, that the
// request's own data rule out, or whose date lies before receipt, before the previous step or
// after today (the clock's). The caller stores the result with RequestRepository::update,
// which records the change in the audit trail; that entry is the proof of the step.
//
// Rules beyond the order of the stages:
// - an extension is recorded once, with its reason, and only when the person is told within
//   the first month (art. 12(3); requestDeadlines().extensionNoticeBy);
// - a request about a client's data (processor role) is closed only once the date the client
//   was informed is recorded, and not before that date (art. 28(3)(e));
// - a refusal has its reason and the information about complaint and judicial remedy that the
//   person was given (art. 12(4)).
// "Start" has no date column of its own: its date is checked, and the audit trail's time
// stands for it.
class RequestWorkflow {
    Q_DECLARE_TR_FUNCTIONS(RequestWorkflow)

public:
    explicit RequestWorkflow(const Clock& clock);

    // The steps the state machine has from STAGE, in the order of RequestStep.
    static QList<RequestStep> stepsFrom(RequestStage stage);
    // The steps REQUEST can take, leaving out those its own data rule out (already extended;
    // no client to inform; a client not yet informed before closing). Dates are apply()'s.
    static QList<RequestStep> possibleSteps(const DataSubjectRequest& request);
    // Where TRANSITION leads from FROM: FROM itself for Extend and InformClient.
    static RequestStage targetStage(RequestStage from, RequestStep transition);
    // The sentence a refusal records when the caller gives no art. 12(4) text of its own.
    static QString complaintInformation();
    // The field of DataSubjectRequest that keeps TRANSITION's date: the field apply()'s issues
    // about that date name, so that a form can show them beside its date ("status" for Start,
    // which has no date of its own).
    static QString dateField(RequestStep transition);

    // REQUEST after TRANSITION on DATE, or every reason it cannot be taken.
    StepResult<DataSubjectRequest> apply(const DataSubjectRequest& request, RequestStep transition,
                                         QDate date, const RequestStepDetails& details = {}) const;

private:
    const Clock& m_clock;
};

} // namespace pr::core
