#include "gui/editors/RetentionEdit.h"

#include "gui/editors/EnumCombo.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace pr::gui {

RetentionEdit::RetentionEdit(QWidget* parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_amount(new QSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_trigger(new QComboBox(this))
    , m_description(new QLineEdit(this))
    , m_legalBasis(new QLineEdit(this))
{
    fillEnumCombo<core::RetentionKind>(m_kind);
    fillEnumCombo<core::RetentionUnit>(m_unit);
    fillEnumCombo<core::RetentionTrigger>(m_trigger);
    m_amount->setMaximum(36500);
    m_kind->setAccessibleName(tr("Kind of retention period"));
    m_amount->setAccessibleName(tr("Retention amount"));
    m_unit->setAccessibleName(tr("Retention unit"));
    m_trigger->setAccessibleName(tr("Event the retention runs from"));
    m_description->setAccessibleName(tr("Retention note"));
    m_description->setPlaceholderText(tr("Note"));
    m_legalBasis->setAccessibleName(tr("Rule that sets the retention period"));
    m_legalBasis->setPlaceholderText(tr("Rule that sets the period"));

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind, 0, 0, 1, 3);
    layout->addWidget(m_amount, 1, 0);
    layout->addWidget(m_unit, 1, 1);
    layout->addWidget(m_trigger, 1, 2);
    layout->addWidget(m_description, 2, 0, 1, 3);
    layout->addWidget(m_legalBasis, 3, 0, 1, 3);
    setFocusProxy(m_kind);

    for (QComboBox* combo : {m_kind, m_unit, m_trigger}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &RetentionEdit::changed);
    }
    connect(m_amount, &QSpinBox::valueChanged, this, &RetentionEdit::changed);
    connect(m_description, &QLineEdit::textChanged, this, &RetentionEdit::changed);
    connect(m_legalBasis, &QLineEdit::textChanged, this, &RetentionEdit::changed);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RetentionEdit::updateEnabled);
    updateEnabled();
}

core::RetentionPeriod RetentionEdit::value() const
{
    core::RetentionPeriod period;
    period.kind = enumOf<core::RetentionKind>(m_kind).value_or(period.kind);
    period.amount = m_amount->value();
    period.unit = enumOf<core::RetentionUnit>(m_unit).value_or(period.unit);
    period.trigger = enumOf<core::RetentionTrigger>(m_trigger).value_or(period.trigger);
    period.description = m_description->text();
    period.legalBasis = m_legalBasis->text();
    return period;
}

void RetentionEdit::setValue(const core::RetentionPeriod& period)
{
    {
        const QSignalBlocker kind(m_kind);
        const QSignalBlocker amount(m_amount);
        const QSignalBlocker unit(m_unit);
        const QSignalBlocker trigger(m_trigger);
        const QSignalBlocker description(m_description);
        const QSignalBlocker legalBasis(m_legalBasis);
        setEnum(m_kind, std::optional(period.kind));
        m_amount->setValue(period.amount);
        setEnum(m_unit, std::optional(period.unit));
        setEnum(m_trigger, std::optional(period.trigger));
        m_description->setText(period.description);
        m_legalBasis->setText(period.legalBasis);
    }
    updateEnabled();
}

void RetentionEdit::updateEnabled()
{
    const bool fixed = enumOf<core::RetentionKind>(m_kind) == core::RetentionKind::Fixed;
    m_amount->setEnabled(fixed);
    m_unit->setEnabled(fixed);
    m_trigger->setEnabled(fixed);
}

} // namespace pr::gui
