#include "gui/editors/EditorDialog.h"

#include "gui/editors/RecordEditor.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
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

} // namespace

EditorDialog::EditorDialog(RecordEditor* editor, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(editor->dialogTitle());
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(editor);
    fitCombos(editor);
    scroll->setFocusPolicy(Qt::NoFocus);
    m_summary->setObjectName(QStringLiteral("issueSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    saveButton()->setText(tr("&Save"));
    saveButton()->setAccessibleName(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditorDialog::reject);
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
    if (m_editor->issues().isEmpty()) {
        QDialog::accept();
    }
}

void EditorDialog::reject()
{
    if (!m_editor->isModified()) {
        QDialog::reject();
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
            QDialog::reject();
        }
    });
    box->open();
}

} // namespace pr::gui
