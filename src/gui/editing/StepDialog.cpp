#include "gui/editing/StepDialog.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace pr::gui {

namespace {

QLabel* textLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // it may hold register content
    label->setWordWrap(true);
    return label;
}

// LABEL as a name: "Asked on" for "&Asked on:".
QString nameOf(QString label)
{
    label.remove(QLatin1Char('&'));
    label = label.trimmed();
    if (label.endsWith(QLatin1Char(':'))) {
        label.chop(1);
    }
    return label;
}

} // namespace

StepDialog::StepDialog(const QString& title, const QString& dateLabel, const QString& datePath,
                       QDate today, QWidget* parent)
    : QDialog(parent)
    , m_intro(textLabel(this))
    , m_date(new QDateEdit(today, this))
    , m_form(new QFormLayout)
    , m_issues(textLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    m_intro->setObjectName(QStringLiteral("stepIntro"));
    m_intro->hide();
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_date->setObjectName(QStringLiteral("stepDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    addField(dateLabel, m_date, datePath, tr("date"));

    m_issues->setObjectName(QStringLiteral("stepIssues"));
    m_issues->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_issues->hide();

    connect(m_buttons, &QDialogButtonBox::accepted, this, &StepDialog::submitted);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_issues);
    layout->addStretch();
    layout->addWidget(m_buttons);
}

QDate StepDialog::date() const
{
    return m_date->date();
}

QDateTime StepDialog::moment() const
{
    return m_time != nullptr ? QDateTime(m_date->date(), m_time->time())
                             : m_date->date().startOfDay();
}

QTimeEdit* StepDialog::addTime(QTime time)
{
    m_time = new QTimeEdit(time, this);
    m_time->setObjectName(QStringLiteral("stepTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    // One row, "Reported on: [date] [time]": the label and the date's issues stay where they are.
    auto* both = new QWidget(this);
    auto* row = new QHBoxLayout(both);
    row->setContentsMargins(0, 0, 0, 0);
    delete m_form->replaceWidget(m_date, both);
    row->addWidget(m_date);
    row->addWidget(m_time);
    row->addStretch();
    // Off the form's row, the fields are no longer named by the row's label: they say it
    // themselves.
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(both))) {
        m_date->setAccessibleName(nameOf(label->text()));
    }
    m_time->setAccessibleName(tr("Time"));
    if (auto* edit = m_time->findChild<QLineEdit*>()) {
        edit->setAccessibleName(tr("Time"));
    }
    watch(m_time);
    return m_time;
}

QPushButton* StepDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void StepDialog::setIntro(const QString& text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

void StepDialog::addField(const QString& label, QWidget* field, const QString& path,
                          const QString& name)
{
    m_form->addRow(label, field);
    // The line edit inside a date field takes the focus: it gets the field's name, so that a
    // screen reader says what it is for.
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(field)) {
        if (auto* edit = spin->findChild<QLineEdit*>(); edit && edit->accessibleName().isEmpty()) {
            edit->setAccessibleName(nameOf(label));
        }
    }
    if (!path.isEmpty()) {
        m_fieldIssues.add(m_form, field, path, name);
    }
    watch(field);
}

void StepDialog::addNote(const QString& text)
{
    QLabel* note = textLabel(this);
    note->setText(text);
    m_form->addRow(QString(), note);
}

void StepDialog::fitWidth(int width)
{
    // Wrapped text is as high as the width makes it; a dialog does not ask by itself.
    resize(width, std::max(sizeHint().height(), heightForWidth(width)));
}

void StepDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // Reasons shown before the dialog was (the first check) were measured without its style's
    // fonts and margins: measured again, they are not cut off at the buttons.
    growToFit();
}

void StepDialog::addRow(QWidget* widget)
{
    m_form->addRow(widget);
    watch(widget);
}

void StepDialog::watch(QWidget* field)
{
    if (auto* line = qobject_cast<QLineEdit*>(field)) {
        connect(line, &QLineEdit::textChanged, this, &StepDialog::edited);
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(field)) {
        connect(text, &QPlainTextEdit::textChanged, this, &StepDialog::edited);
    } else if (auto* date = qobject_cast<QDateEdit*>(field)) {
        connect(date, &QDateEdit::dateChanged, this, &StepDialog::edited);
    } else if (auto* time = qobject_cast<QTimeEdit*>(field)) {
        connect(time, &QTimeEdit::timeChanged, this, &StepDialog::edited);
    } else if (auto* check = qobject_cast<QCheckBox*>(field)) {
        connect(check, &QCheckBox::toggled, this, &StepDialog::edited);
    } else if (auto* combo = qobject_cast<QComboBox*>(field)) {
        connect(combo, &QComboBox::currentIndexChanged, this, &StepDialog::edited);
    }
}

void StepDialog::showIssues(const QList<core::ValidationIssue>& issues)
{
    QStringList lines;
    for (const core::ValidationIssue& issue : m_fieldIssues.show(issues)) {
        if (!lines.contains(issue.message)) {
            lines << issue.message;
        }
    }
    showError(lines.join(QLatin1Char('\n')));
}

void StepDialog::showError(const QString& message)
{
    m_issues->setText(message);
    m_issues->setVisible(!message.isEmpty());
    growToFit();
}

void StepDialog::growToFit()
{
    // Reasons that appear take room; the dialog grows rather than squeezing the fields.
    const int needed = heightForWidth(width());
    if (needed > height()) {
        resize(width(), needed);
    }
}

void StepDialog::setReady(bool ready)
{
    okButton()->setEnabled(ready);
}

} // namespace pr::gui
