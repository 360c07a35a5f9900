#pragma once

#include "gui/editing/RecordVersion.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <memory>

namespace pr::gui {

class RegisterEditor;

// Saves what an editor made of a record: redo inserts a new record or replaces the stored one
// with AFTER; undo removes the inserted record or puts BEFORE back. Each step is one write
// through RegisterEditor (one transaction, then the encrypted save). Refused steps make the
// command obsolete, as DeleteRecordCommand explains.
class SaveRecordCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SaveRecordCommand)

public:
    // BEFORE is nullptr for a new record.
    SaveRecordCommand(RegisterEditor& editor, std::unique_ptr<RecordVersion> before,
                      std::unique_ptr<RecordVersion> after);

    void redo() override;
    void undo() override;

    // The record's id after the first redo (for a new record, the id the register gave it).
    qint64 recordId() const { return m_after->id(); }
    // Whether the last step was refused (then the command is obsolete).
    bool wasRefused() const { return m_refused; }

private:
    RegisterEditor& m_editor;
    std::unique_ptr<RecordVersion> m_before;
    std::unique_ptr<RecordVersion> m_after;
    bool m_refused = false;
};

} // namespace pr::gui
