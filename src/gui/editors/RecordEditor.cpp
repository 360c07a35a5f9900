#include "gui/editors/RecordEditor.h"

#include "gui/editors/TextListEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace pr::gui {

QList<core::ValidationIssue> RecordEditor::refreshIssues()
{
    const QList<core::ValidationIssue> all = issues();
    m_unplaced = placeIssues(all);
    return all;
}

QList<core::ValidationIssue> RecordEditor::placeIssues(const QList<core::ValidationIssue>& issues)
{
    return m_fieldIssues.show(issues);
}

void RecordEditor::watch(QWidget* widget)
{
    if (auto* line = qobject_cast<QLineEdit*>(widget)) {
        connect(line, &QLineEdit::textChanged, this, &RecordEditor::changed);
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(widget)) {
        connect(text, &QPlainTextEdit::textChanged, this, &RecordEditor::changed);
    } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
        connect(combo, &QComboBox::currentIndexChanged, this, &RecordEditor::changed);
        connect(combo, &QComboBox::editTextChanged, this, &RecordEditor::changed);
    } else if (auto* spin = qobject_cast<QSpinBox*>(widget)) {
        connect(spin, &QSpinBox::valueChanged, this, &RecordEditor::changed);
    } else if (auto* dateTime = qobject_cast<QDateTimeEdit*>(widget)) {
        connect(dateTime, &QDateTimeEdit::dateTimeChanged, this, &RecordEditor::changed);
    } else if (auto* check = qobject_cast<QCheckBox*>(widget)) {
        connect(check, &QCheckBox::toggled, this, &RecordEditor::changed);
    } else if (auto* list = qobject_cast<QListWidget*>(widget)) {
        connect(list, &QListWidget::itemChanged, this, &RecordEditor::changed);
    } else if (auto* texts = qobject_cast<TextListEdit*>(widget)) {
        connect(texts, &TextListEdit::changed, this, &RecordEditor::changed);
    }
}

} // namespace pr::gui
