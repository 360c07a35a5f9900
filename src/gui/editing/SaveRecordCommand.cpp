#include "gui/editing/SaveRecordCommand.h"

#include "gui/editing/RegisterEditor.h"

namespace pr::gui {

SaveRecordCommand::SaveRecordCommand(RegisterEditor& editor, std::unique_ptr<RecordVersion> before,
                                     std::unique_ptr<RecordVersion> after)
    : m_editor(editor)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(m_before ? tr("edit %1").arg(m_after->name()) : tr("add %1").arg(m_after->name()));
}

void SaveRecordCommand::redo()
{
    RecordVersion& after = *m_after;
    const bool isNew = !m_before;
    // A new record has no id before its first insert: the list selects it afterwards by the
    // id the insert gave (see recordId()).
    const auto outcome = m_editor.write(
        after.kind(), after.id(),
        [&after, isNew](storage::SqliteDatabase& db, const storage::AuditContext& audit) {
            if (isNew) {
                after.insert(db, audit);
            } else {
                after.update(db, audit);
            }
        });
    m_refused = outcome == RegisterEditor::Outcome::Refused;
    setObsolete(m_refused);
}

void SaveRecordCommand::undo()
{
    const RecordVersion& after = *m_after;
    const RecordVersion* before = m_before.get();
    const auto outcome = m_editor.write(
        after.kind(), after.id(),
        [&after, before](storage::SqliteDatabase& db, const storage::AuditContext& audit) {
            if (before == nullptr) {
                after.remove(db, audit);
            } else {
                before->update(db, audit);
            }
        });
    m_refused = outcome == RegisterEditor::Outcome::Refused;
    setObsolete(m_refused);
}

} // namespace pr::gui
