#include "gui/pages/DetailPane.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

namespace pr::gui {

namespace {

QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DetailPane::DetailPane(QWidget* parent)
    : QScrollArea(parent)
    , m_title(plainLabel(QString(), this))
    , m_warning(plainLabel(QString(), this))
    , m_actions(new QWidget(this))
    , m_actionRows(new QVBoxLayout(m_actions))
    , m_actionsLayout(new QHBoxLayout)
    , m_form(new QFormLayout)
    , m_hint(plainLabel(QString(), this))
{
    setAccessibleName(tr("Details of the selected item"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Title"));
    m_hint->setAccessibleName(tr("Hint"));
    m_warning->setObjectName(QStringLiteral("detailWarning"));
    m_warning->setAccessibleName(tr("Warning"));
    m_warning->setFrameShape(QFrame::StyledPanel);
    m_warning->setMargin(6);
    m_warning->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4e0; color: #7a3e00; border: 1px solid "
                       "#e0a040; }"));
    m_warning->setVisible(false);
    m_hint->setEnabled(false); // greyed: a hint, not content
    m_actionRows->setContentsMargins(0, 0, 0, 0);
    m_actionRows->addLayout(m_actionsLayout);
    m_actionsLayout->addStretch();
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Labels above their values: the pane is narrow, and values are often lists.
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_warning);
    layout->addWidget(m_actions);
    layout->addLayout(m_form);
    layout->addWidget(m_hint);
    layout->addStretch();
    setWidget(content);
    showHint({});
}

void DetailPane::addActionRow(QWidget* row)
{
    m_actionRows->addWidget(row);
}

void DetailPane::clearFields()
{
    while (m_form->rowCount() > 0) {
        m_form->removeRow(0);
    }
}

void DetailPane::showDetails(const RecordDetails& details)
{
    clearFields();
    verticalScrollBar()->setValue(0); // another record: start at its top
    m_title->setText(details.title);
    m_title->setVisible(true);
    m_warning->setText(details.warning);
    m_warning->setVisible(!details.warning.isEmpty());
    m_actions->setVisible(true);
    m_hint->setVisible(false);
    for (const RecordDetails::Field& field : details.fields) {
        QLabel* value = plainLabel(field.value, m_form->parentWidget());
        value->setAccessibleName(field.label);
        auto* label = new QLabel(tr("%1:").arg(field.label), m_form->parentWidget());
        label->setTextFormat(Qt::PlainText);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        label->setBuddy(value);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_form->addRow(label, value);
        // At once, not when the layout gets round to it: the pane is read right after.
        label->show();
        value->show();
    }
}

void DetailPane::showHint(const QString& hint)
{
    clearFields();
    m_title->clear();
    m_title->setVisible(false);
    m_warning->clear();
    m_warning->setVisible(false);
    m_actions->setVisible(false);
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

QString DetailPane::warning() const
{
    return m_warning->text();
}

QString DetailPane::title() const
{
    return m_title->text();
}

QString DetailPane::value(const QString& label) const
{
    for (int row = 0; row < m_form->rowCount(); ++row) {
        auto* item = m_form->itemAt(row, QFormLayout::FieldRole);
        auto* field = item != nullptr ? qobject_cast<QLabel*>(item->widget()) : nullptr;
        if (field != nullptr && field->accessibleName() == label) {
            return field->text();
        }
    }
    return {};
}

} // namespace pr::gui
