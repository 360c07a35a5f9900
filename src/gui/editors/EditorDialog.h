#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QScrollArea;

namespace pr::gui {

class RecordEditor;
class TextListEdit;

// The dialog around one record's editor: the form (scrolling when it is long), a summary of
// the problems that remain, and Save / Cancel. Save is enabled only while the record is valid,
// and adds text typed into a list field but not added. Cancel, Esc and the window's close
// button ask before they throw away edits or such text; reject() does not ask, so that the
// lock can cancel the dialog (DesktopController).
class EditorDialog : public QDialog {
    Q_OBJECT

public:
    // Takes EDITOR over.
    EditorDialog(RecordEditor* editor, QWidget* parent = nullptr);

    RecordEditor* editor() const { return m_editor; }
    QPushButton* saveButton() const;
    QLabel* summary() const { return m_summary; }

    void accept() override;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void update();
    // What Cancel, Esc and the window's close button do: reject(), once the user agrees to
    // lose what would be lost.
    void cancel();
    // The list fields of the form with text typed but not added, in the order of the form.
    QList<TextListEdit*> listsWithPendingText() const;
    void askAboutPendingText(const QList<TextListEdit*>& lists);
    void showList(TextListEdit* list);

    RecordEditor* m_editor;
    QLabel* m_summary;
    QDialogButtonBox* m_buttons;
    QScrollArea* m_scroll;
};

} // namespace pr::gui
