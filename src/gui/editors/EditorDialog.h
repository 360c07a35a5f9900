#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace pr::gui {

class RecordEditor;

// The dialog around one record's editor: the form (scrolling when it is long), a summary of
// the problems that remain, and Save / Cancel. Save is enabled only while the record is valid.
// Esc or Cancel asks before it throws away edits.
class EditorDialog : public QDialog {
    Q_OBJECT

public:
    // Takes EDITOR over.
    EditorDialog(RecordEditor* editor, QWidget* parent = nullptr);

    RecordEditor* editor() const { return m_editor; }
    QPushButton* saveButton() const;
    QLabel* summary() const { return m_summary; }

    void accept() override;
    void reject() override;

private:
    void update();

    RecordEditor* m_editor;
    QLabel* m_summary;
    QDialogButtonBox* m_buttons;
};

} // namespace pr::gui
