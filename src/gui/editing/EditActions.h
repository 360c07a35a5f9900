#pragma once

#include <QObject>

class QPushButton;
class QUndoStack;
class QWidget;

namespace pr::storage {
class Register;
}

namespace pr::gui {

class RegisterEditor;
class SectionPages;

// The edits the main window offers on the record in view, each pushed as an undo command:
// deleting it (after asking; not for data breaches or the audit trail) and marking a security
// measure planned or in place with a button in the measure's details. Questions appear as
// window-modal message boxes of WINDOW.
class EditActions : public QObject {
    Q_OBJECT

public:
    EditActions(RegisterEditor& editor, QUndoStack& undo, SectionPages& pages, QWidget* window);

    // Whether the record in view can be deleted now (a writable register, a deletable kind,
    // a record selected).
    bool canDelete() const;
    // Asks, then deletes the record in view.
    void deleteSelected();
    // Marks the selected security measure as planned when in place, and the other way round.
    void toggleMeasureStatus();

    QPushButton* measureStatusButton() const { return m_statusButton; }
    // After the selection or the register's mode changed.
    void updateMeasureButton();

private:
    const storage::Register& currentRegister() const;

    RegisterEditor& m_editor;
    QUndoStack& m_undo;
    SectionPages& m_pages;
    QWidget* m_window;
    QPushButton* m_statusButton;
};

} // namespace pr::gui
