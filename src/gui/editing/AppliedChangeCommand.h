#pragma once

#include "core/domain/EntityKind.h"
#include "gui/editing/RegisterEditor.h"
#include "usecases/records/RecordChanges.h"
#include "usecases/records/RecordVersion.h"

#include <QUndoCommand>

namespace pr::gui {

// A change that a use case has already made (a workflow step, a signature, a measure's
// status), as one undo step: undo puts BEFORE back, a later redo AFTER, each as one write
// through usecases::RecordChanges::restore. Pushed after the use case succeeded, so the first
// redo, which QUndoStack::push() calls, does nothing. A refused undo or redo makes the
// command obsolete, as DeleteRecordCommand explains.
template <typename Repository, typename Record>
class AppliedChangeCommand : public QUndoCommand {
public:
    AppliedChangeCommand(RegisterEditor& editor, core::EntityKind kind, Record before, Record after,
                         const QString& text)
        : m_editor(editor)
        , m_kind(kind)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        setText(text);
    }

    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        put(m_after);
    }

    void undo() override { put(m_before); }

private:
    void put(const Record& record)
    {
        usecases::RecordVersionOf<Repository, Record> version(m_kind, record, text());
        const usecases::ChangeResult result = m_editor.report(
            m_kind, usecases::RecordChanges::restore(m_editor.context(), version, false));
        setObsolete(result.refused());
    }

    RegisterEditor& m_editor;
    core::EntityKind m_kind;
    Record m_before;
    Record m_after;
    bool m_firstRedo = true;
};

} // namespace pr::gui
