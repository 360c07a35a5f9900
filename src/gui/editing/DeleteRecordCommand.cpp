#include "gui/editing/DeleteRecordCommand.h"

#include "gui/editing/RegisterEditor.h"

namespace pr::gui {

DeleteRecordCommand::DeleteRecordCommand(RegisterEditor& editor,
                                         std::unique_ptr<RecordSnapshot> snapshot)
    : m_editor(editor)
    , m_snapshot(std::move(snapshot))
{
    setText(tr("delete %1").arg(storage::nameOf(m_snapshot->record())));
}

void DeleteRecordCommand::redo()
{
    const storage::Referrer record = m_snapshot->record();
    const auto outcome =
        m_editor.write(record.kind, record.id,
                       [this](storage::SqliteDatabase& db, const storage::AuditContext& audit) {
                           m_snapshot->remove(db, audit);
                       });
    setObsolete(outcome == RegisterEditor::Outcome::Refused);
}

void DeleteRecordCommand::undo()
{
    const storage::Referrer record = m_snapshot->record();
    const auto outcome =
        m_editor.write(record.kind, record.id,
                       [this](storage::SqliteDatabase& db, const storage::AuditContext& audit) {
                           m_snapshot->restore(db, audit);
                       });
    setObsolete(outcome == RegisterEditor::Outcome::Refused);
}

} // namespace pr::gui
