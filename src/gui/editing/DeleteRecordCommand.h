#pragma once

#include "usecases/records/RecordSnapshot.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <memory>

namespace pr::gui {

class RegisterEditor;

// Deletes one record; undo inserts it again as it was, under the same id. Each step is one
// write through RegisterEditor, so each is audited and saved. A step that is refused (the
// record is referred to, or already gone) makes the command obsolete: QUndoStack then drops
// it instead of keeping a step that did nothing.
class DeleteRecordCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(DeleteRecordCommand)

public:
    DeleteRecordCommand(RegisterEditor& editor, std::unique_ptr<usecases::RecordSnapshot> snapshot);

    void redo() override;
    void undo() override;

private:
    RegisterEditor& m_editor;
    std::unique_ptr<usecases::RecordSnapshot> m_snapshot;
};

} // namespace pr::gui
