#pragma once

#include "usecases/records/RecordVersion.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <memory>

namespace pr::gui {

class RegisterEditor;

// Saves what an editor made of a record through usecases::RecordChanges: the first redo
// saves AFTER under the rules of its kind (a new record, or the new version of BEFORE); undo
// removes the added record or puts BEFORE back; a later redo puts AFTER back. A refused step
// makes the command obsolete, as DeleteRecordCommand explains.
//
// Adding a record that the law says to keep (a data breach) is permanent: its undo would be a
// deletion, which RecordChanges refuses, and the window offers no undo for it (isPermanent()).
class SaveRecordCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SaveRecordCommand)

public:
    // BEFORE is nullptr for a new record.
    SaveRecordCommand(RegisterEditor& editor, std::unique_ptr<usecases::RecordVersion> before,
                      std::unique_ptr<usecases::RecordVersion> after);

    void redo() override;
    void undo() override;

    // The record's id after the first redo (for a new record, the id the register gave it).
    qint64 recordId() const { return m_after->id(); }
    // Whether the last step was refused (then the command is obsolete).
    bool wasRefused() const { return m_refused; }
    // Adding this record cannot be undone; whyPermanent() says why, for the Edit menu.
    bool isPermanent() const;
    QString whyPermanent() const;

private:
    RegisterEditor& m_editor;
    std::unique_ptr<usecases::RecordVersion> m_before;
    std::unique_ptr<usecases::RecordVersion> m_after;
    bool m_saved = false;
    bool m_refused = false;
};

} // namespace pr::gui
