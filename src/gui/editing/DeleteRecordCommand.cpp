#include "gui/editing/DeleteRecordCommand.h"

#include "gui/editing/RegisterEditor.h"
#include "usecases/records/RecordChanges.h"

namespace pr::gui {

DeleteRecordCommand::DeleteRecordCommand(RegisterEditor& editor,
                                         std::unique_ptr<usecases::RecordSnapshot> snapshot)
    : m_editor(editor)
    , m_snapshot(std::move(snapshot))
{
    setText(tr("delete %1").arg(storage::nameOf(m_snapshot->record())));
}

void DeleteRecordCommand::redo()
{
    const usecases::ChangeResult result =
        m_editor.report(m_snapshot->record().kind,
                        usecases::RecordChanges::remove(m_editor.context(), *m_snapshot));
    setObsolete(result.refused());
}

void DeleteRecordCommand::undo()
{
    const usecases::ChangeResult result =
        m_editor.report(m_snapshot->record().kind,
                        usecases::RecordChanges::putBack(m_editor.context(), *m_snapshot));
    setObsolete(result.refused());
}

} // namespace pr::gui
