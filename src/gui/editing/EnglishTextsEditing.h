#pragma once

#include <QObject>

class QAction;
class QUndoStack;
class QWidget;

namespace pr::gui {

class EnglishTextsDialog;
class RegisterEditor;

// Edit > "English texts…": opens EnglishTextsDialog on the register's texts and records what
// the user changed as one undoable change of the organisation profile, where the English
// versions are kept.
class EnglishTextsEditing : public QObject {
    Q_OBJECT

public:
    EnglishTextsEditing(RegisterEditor& editor, QUndoStack& undo, QWidget* window);

    QAction* action() const { return m_action; }
    // Opens the dialog (what the action does) and returns it; it records on OK.
    EnglishTextsDialog* start();

private:
    void record(const EnglishTextsDialog& dialog);

    RegisterEditor& m_editor;
    QUndoStack& m_undo;
    QWidget* m_window;
    QAction* m_action;
};

} // namespace pr::gui
