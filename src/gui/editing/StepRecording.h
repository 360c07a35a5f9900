#pragma once

#include "core/domain/EntityKind.h"
#include "core/workflow/StepResult.h"
#include "gui/editing/AppliedChangeCommand.h"
#include "gui/editing/RegisterEditor.h"
#include "usecases/steps/StepChange.h"

#include <QUndoStack>

#include <functional>

namespace pr::gui {

// Checking and recording one workflow step from its dialog, the same for every workflow whose
// dialog (a StepDialog) gives step() and details() and whose use case STEPS is a
// usecases::WorkflowSteps (RequestSteps, BreachSteps).
template <typename Steps>
class StepRecording {
public:
    using Record = typename Steps::Record;
    using Moment = typename Steps::Moment;

    // The workflow's own rules, as the user types: the reasons stand beside the fields before
    // anything is recorded, and OK waits until there are none.
    template <typename Dialog>
    static void check(const RegisterEditor& editor, Dialog& dialog, qint64 id, const Moment& when)
    {
        const core::StepResult<Record> checked =
            Steps::check(editor.context(), id, dialog.step(), when, dialog.details());
        dialog.showIssues(checked.issues);
        dialog.setReady(checked.ok());
    }

    // Records the step of DIALOG for record ID of KIND at WHEN. Taken: closes DIALOG and pushes
    // one undo step, named by UNDOTEXT of the record after it. Not taken: DIALOG stays open with
    // the reasons.
    template <typename Dialog>
    static void finish(RegisterEditor& editor, QUndoStack& undo, Dialog& dialog, qint64 id,
                       const Moment& when, core::EntityKind kind,
                       const std::function<QString(const Record&)>& undoText)
    {
        const usecases::StepChange<Record> change =
            Steps::record(editor.context(), id, dialog.step(), when, dialog.details());
        if (!change.result.issues.isEmpty()) {
            dialog.showIssues(change.result.issues);
            return;
        }
        editor.report(kind, change.result);
        if (!change.taken()) {
            dialog.showError(change.result.explanation());
            return;
        }
        dialog.accept();
        undo.push(new AppliedChangeCommand<typename Steps::Repository, Record>(
            editor, kind, *change.before, *change.after, undoText(*change.after)));
    }
};

} // namespace pr::gui
