#pragma once

#include <QObject>

class QAction;
class QUndoStack;

namespace pr::gui {

// Edit > Undo and Edit > Redo over the window's undo stack, named after the step they undo or
// redo. Own actions rather than QUndoStack::createUndoAction(), whose "prefix text" leaves
// translators no say in the word order ("Ongedaan maken: …").
//
// A step that cannot be undone because the law says to keep what it added (adding a data
// breach: SaveRecordCommand::isPermanent) is not offered: Undo is disabled and says why, in
// its text and its tooltip, until a later step is taken.
class UndoActions : public QObject {
    Q_OBJECT

public:
    UndoActions(QUndoStack& stack, QObject* parent);

    QAction* undo() const { return m_undo; }
    QAction* redo() const { return m_redo; }

private:
    void update();

    QUndoStack& m_stack;
    QAction* m_undo;
    QAction* m_redo;
};

} // namespace pr::gui
