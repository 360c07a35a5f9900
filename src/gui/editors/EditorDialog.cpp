#include "gui/editors/EditorDialog.h"

#include "gui/editors/RecordEditor.h"
#include "gui/editors/TextListEdit.h"

#include <QAbstractSpinBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pr::gui {

namespace {

// The line edits inside spin boxes, date fields and editable combo boxes take the focus too:
// they get the name of the control they belong to, so that a screen reader says what they
// are for.
void nameInnerEdits(QWidget* root)
{
    for (QAbstractSpinBox* spin : root->findChildren<QAbstractSpinBox*>()) {
        if (auto* edit = spin->findChild<QLineEdit*>(); edit && edit->accessibleName().isEmpty()) {
            edit->setAccessibleName(spin->accessibleName());
        }
    }
    for (QComboBox* combo : root->findChildren<QComboBox*>()) {
        if (QLineEdit* edit = combo->lineEdit(); edit && edit->accessibleName().isEmpty()) {
            edit->setAccessibleName(combo->accessibleName());
        }
    }
}

// Combo boxes as wide as the form allows, not as their longest entry (catalogue titles can be
// long): otherwise the form grows wider than the dialog.
void fitCombos(QWidget* root)
{
    for (QComboBox* combo : root->findChildren<QComboBox*>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
}

// TEXT as the question about it quotes it: a whole sentence typed into a list field would
// stretch the message box across the screen.
QString quoted(const QString& text)
{
    constexpr qsizetype kLongest = 60;
    return text.size() <= kLongest ? text : text.left(kLongest - 1) + u'\u2026';
}

} // namespace

EditorDialog::EditorDialog(RecordEditor* editor, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_scroll(new QScrollArea(this))
{
    setWindowTitle(editor->dialogTitle());
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(editor);
    fitCombos(editor);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_summary->setObjectName(QStringLiteral("issueSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    saveButton()->setText(tr("&Save"));
    saveButton()->setAccessibleName(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditorDialog::cancel);
    connect(editor, &RecordEditor::changed, this, &EditorDialog::update);
    resize(760, 640);
    update();
}

QPushButton* EditorDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void EditorDialog::update()
{
    // Again after every change: tables add rows with fields of their own.
    nameInnerEdits(m_editor);
    const int count = static_cast<int>(m_editor->refreshIssues().size());
    saveButton()->setEnabled(count == 0);
    if (count == 0) {
        m_summary->setText(m_editor->isModified() ? tr("Ready to save.") : QString());
        return;
    }
    QString text = tr("%n problem(s) to solve before you can save.", nullptr, count);
    // Problems without a field of their own are spelled out here.
    for (const core::ValidationIssue& issue : m_editor->unplacedIssues()) {
        text += u'\n' + issue.message;
    }
    m_summary->setText(text);
}

void EditorDialog::accept()
{
    // Typed text is taken along, not asked about: it stands in the record's own field, so
    // Save means to keep it, and a forgotten Enter is why it is still there. The save is one
    // step that undo takes back; should the text make the record invalid, the form stays
    // open with the problem beside the field.
    for (TextListEdit* list : listsWithPendingText()) {
        list->addPendingText();
    }
    if (m_editor->issues().isEmpty()) {
        QDialog::accept();
    }
}

void EditorDialog::keyPressEvent(QKeyEvent* event)
{
    // QDialog would reject() at once.
    if (event->matches(QKeySequence::Cancel)) {
        cancel();
        return;
    }
    QDialog::keyPressEvent(event);
}

void EditorDialog::closeEvent(QCloseEvent* event)
{
    if (!isVisible()) {
        QDialog::closeEvent(event);
        return;
    }
    // As QDialog does with reject(): the window stays while the question is open.
    const QPointer<EditorDialog> guard(this);
    cancel();
    if (guard && isVisible()) {
        event->ignore();
    }
}

void EditorDialog::cancel()
{
    // One question, not two in a row: this one also covers the other edits.
    if (const QList<TextListEdit*> pending = listsWithPendingText(); !pending.isEmpty()) {
        askAboutPendingText(pending);
        return;
    }
    if (!m_editor->isModified()) {
        reject();
        return;
    }
    // Not exec(): tests can answer, and the main window stays responsive.
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
                        tr("Discard your changes to this record?"), QMessageBox::NoButton, this);
    QPushButton* discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(tr("&Keep editing"), QMessageBox::RejectRole));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, discard] {
        if (box->clickedButton() == discard) {
            reject();
        }
    });
    box->open();
}

QList<TextListEdit*> EditorDialog::listsWithPendingText() const
{
    QList<TextListEdit*> lists;
    for (TextListEdit* list : m_editor->findChildren<TextListEdit*>()) {
        if (!list->pendingText().isEmpty()) {
            lists << list;
        }
    }
    return lists;
}

void EditorDialog::askAboutPendingText(const QList<TextListEdit*>& lists)
{
    QString text;
    QString question;
    if (lists.size() == 1) {
        text = tr("You typed \"%1\" in the %2 field but did not add it to the list.")
                   .arg(quoted(lists.first()->pendingText()), lists.first()->listName());
        question = tr("Add it to the list, or discard it and close the form?");
    } else {
        text = tr("You typed text in these fields but did not add it to their lists:");
        for (const TextListEdit* list : lists) {
            text += QStringLiteral("\n\u2022 ") +
                    tr("%1: \"%2\"").arg(list->listName(), quoted(list->pendingText()));
        }
        question = tr("Add them to their lists, or discard them and close the form?");
    }
    if (m_editor->isModified()) {
        question += u'\n' + tr("Discarding also throws away your other changes to this record.");
    }
    // As the question about unsaved changes: not exec(), Keep editing the default and Esc.
    auto* box = new QMessageBox(QMessageBox::Question, tr("Text not added"), text,
                                QMessageBox::NoButton, this);
    // What the user typed is shown as typed, never as markup.
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(question);
    QPushButton* add = box->addButton(tr("&Add"), QMessageBox::AcceptRole);
    QPushButton* discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(tr("&Keep editing"), QMessageBox::RejectRole));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, add, discard, lists] {
        if (box->clickedButton() == discard) {
            reject();
            return;
        }
        // Add keeps the form open too: the user asked to close without saving, so what is
        // now in the list is theirs to look at and save.
        if (box->clickedButton() == add) {
            for (TextListEdit* list : lists) {
                list->addPendingText();
            }
        }
        showList(lists.first());
    });
    box->open();
}

void EditorDialog::showList(TextListEdit* list)
{
    m_scroll->ensureWidgetVisible(list);
    list->picker()->setFocus(Qt::OtherFocusReason);
}

} // namespace pr::gui
