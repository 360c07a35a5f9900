#pragma once

#include "core/domain/Agreement.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace pr::gui {

class RegisterEditor;

// One step in the signing of an agreement (core::AgreementWorkflow), as an undo command: redo
// writes the signing of AFTER, undo the signing BEFORE had. Only the fields the steps change
// (state, dates, signatories, paper note, PDF, end date) are written, so that undo never takes
// back another edit of the agreement. Refused writes make it obsolete, as DeleteRecordCommand
// explains.
class AgreementStepUndoCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(AgreementStepUndoCommand)

public:
    AgreementStepUndoCommand(RegisterEditor& editor, const core::Agreement& before,
                             const core::Agreement& after, const QString& stepLabel);

    void redo() override;
    void undo() override;

private:
    void apply(const core::Agreement& signing);

    RegisterEditor& m_editor;
    core::Agreement m_before;
    core::Agreement m_after;
};

} // namespace pr::gui
