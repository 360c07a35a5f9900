#include "gui/editing/SaveRecordCommand.h"

#include "gui/editing/RegisterEditor.h"
#include "usecases/records/RecordChanges.h"

namespace pr::gui {

using usecases::RecordChanges;

SaveRecordCommand::SaveRecordCommand(RegisterEditor& editor,
                                     std::unique_ptr<usecases::RecordVersion> before,
                                     std::unique_ptr<usecases::RecordVersion> after)
    : m_editor(editor)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(m_before ? tr("edit %1").arg(m_after->name()) : tr("add %1").arg(m_after->name()));
}

bool SaveRecordCommand::isPermanent() const
{
    return !m_before && !RecordChanges::whyKept(m_after->kind()).isEmpty();
}

QString SaveRecordCommand::whyPermanent() const
{
    return isPermanent() ? RecordChanges::whyKept(m_after->kind()) : QString();
}

void SaveRecordCommand::redo()
{
    // The first redo saves under the rules of the record's kind; a later one (after undo)
    // puts back the version those rules accepted then.
    const usecases::ChangeResult result =
        m_saved ? RecordChanges::restore(m_editor.context(), *m_after, !m_before)
                : RecordChanges::save(m_editor.context(), m_before.get(), *m_after);
    m_editor.report(m_after->kind(), result);
    m_refused = result.refused();
    m_saved = m_saved || !m_refused;
    setObsolete(m_refused);
}

void SaveRecordCommand::undo()
{
    const usecases::ChangeResult result =
        m_before ? RecordChanges::restore(m_editor.context(), *m_before, false)
                 : RecordChanges::removeAdded(m_editor.context(), *m_after);
    m_editor.report(m_after->kind(), result);
    m_refused = result.refused();
    setObsolete(m_refused);
}

} // namespace pr::gui
