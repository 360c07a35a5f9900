#include "gui/editing/AgreementStepUndoCommand.h"

#include "gui/editing/RegisterEditor.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/MissingRecordError.h"

namespace pr::gui {

using core::EntityKind;

AgreementStepUndoCommand::AgreementStepUndoCommand(RegisterEditor& editor,
                                                   const core::Agreement& before,
                                                   const core::Agreement& after,
                                                   const QString& stepLabel)
    : m_editor(editor)
    , m_before(before)
    , m_after(after)
{
    setText(tr("%1: agreement version %2").arg(stepLabel, after.version));
}

void AgreementStepUndoCommand::redo()
{
    apply(m_after);
}

void AgreementStepUndoCommand::undo()
{
    apply(m_before);
}

void AgreementStepUndoCommand::apply(const core::Agreement& signing)
{
    const qint64 id = signing.id;
    const auto outcome = m_editor.write(
        EntityKind::Agreement, id,
        [id, &signing](storage::SqliteDatabase& db, const storage::AuditContext& audit) {
            auto agreement = storage::AgreementRepository::find(db, id);
            if (!agreement) {
                throw storage::MissingRecordError(EntityKind::Agreement, id);
            }
            agreement->signingState = signing.signingState;
            agreement->sentDate = signing.sentDate;
            agreement->firmSignatory = signing.firmSignatory;
            agreement->clientSignatory = signing.clientSignatory;
            agreement->signedOnPaper = signing.signedOnPaper;
            agreement->signedPdf = signing.signedPdf;
            agreement->endDate = signing.endDate;
            storage::AgreementRepository::update(db, audit, *agreement);
        });
    setObsolete(outcome == RegisterEditor::Outcome::Refused);
}

} // namespace pr::gui
