#include "gui/editors/StatementFactsEdit.h"

#include "gui/editors/CookiesEdit.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace pr::gui {

StatementFactsEdit::StatementFactsEdit(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_contactName(new QLineEdit(this))
    , m_contactEmail(new QLineEdit(this))
    , m_contactPhone(new QLineEdit(this))
    , m_isDpo(new QCheckBox(tr("Appointed as data protection officer (&FG)"), this))
    , m_cookies(new CookiesEdit(this))
    , m_noAutomated(new QCheckBox(tr("We take no solely automated decisions (art. 22 GDPR)"), this))
    , m_automated(new QPlainTextEdit(this))
    , m_notForChildren(new QCheckBox(tr("Our services are not meant for children under 16"), this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_contactName->setObjectName(QStringLiteral("privacyContactNameEdit"));
    m_contactEmail->setObjectName(QStringLiteral("privacyContactEmailEdit"));
    m_contactPhone->setObjectName(QStringLiteral("privacyContactPhoneEdit"));
    m_isDpo->setObjectName(QStringLiteral("privacyContactDpoCheck"));
    m_cookies->setObjectName(QStringLiteral("cookiesEdit"));
    m_noAutomated->setObjectName(QStringLiteral("noAutomatedDecisionsCheck"));
    m_automated->setObjectName(QStringLiteral("automatedDecisionsEdit"));
    m_notForChildren->setObjectName(QStringLiteral("notMeantForChildrenCheck"));
    m_contactName->setAccessibleName(tr("Privacy contact's name"));
    m_contactEmail->setAccessibleName(tr("Privacy contact's e-mail"));
    m_contactPhone->setAccessibleName(tr("Privacy contact's phone"));
    m_automated->setAccessibleName(tr("Automated decisions we take"));
    m_automated->setPlaceholderText(
        tr("Only if you take such decisions: which, the logic involved, and what they mean "
           "for the person."));
    m_automated->setTabChangesFocus(true);
    m_automated->setMaximumHeight(60);
    m_noAutomated->setToolTip(
        tr("No decisions based solely on automated processing, profiling included, with legal or "
           "similarly significant effects. The privacy statement says so only when this is "
           "ticked."));
    m_notForChildren->setToolTip(
        tr("The customers' statement says so only when this is ticked and no activity flags "
           "children's data."));

    m_form->addRow(tr("Privacy contact:"), m_contactName);
    m_form->addRow(tr("Contact e-mail:"), m_contactEmail);
    m_form->addRow(tr("Contact phone:"), m_contactPhone);
    m_form->addRow(QString(), m_isDpo);
    m_form->addRow(tr("Cookies:"), m_cookies);
    m_form->addRow(QString(), m_noAutomated);
    m_form->addRow(tr("Automated decisions:"), m_automated);
    m_form->addRow(QString(), m_notForChildren);

    for (QLineEdit* edit : {m_contactName, m_contactEmail, m_contactPhone}) {
        connect(edit, &QLineEdit::textChanged, this, &StatementFactsEdit::changed);
    }
    for (QCheckBox* box : {m_isDpo, m_noAutomated, m_notForChildren}) {
        connect(box, &QCheckBox::toggled, this, &StatementFactsEdit::changed);
    }
    connect(m_automated, &QPlainTextEdit::textChanged, this, &StatementFactsEdit::changed);
    connect(m_cookies, &CookiesEdit::changed, this, &StatementFactsEdit::changed);
}

core::PrivacyContact StatementFactsEdit::privacyContact() const
{
    return {m_contactName->text(), m_contactEmail->text(), m_contactPhone->text(),
            m_isDpo->isChecked()};
}

core::PrivacyStatementFacts StatementFactsEdit::facts() const
{
    core::PrivacyStatementFacts facts;
    facts.cookies = m_cookies->cookies();
    facts.noAutomatedDecisions = m_noAutomated->isChecked();
    facts.automatedDecisions = m_automated->toPlainText();
    facts.notMeantForChildren = m_notForChildren->isChecked();
    return facts;
}

void StatementFactsEdit::setValue(const core::PrivacyContact& contact,
                                  const core::PrivacyStatementFacts& facts)
{
    const QSignalBlocker blocker(this);
    m_contactName->setText(contact.name);
    m_contactEmail->setText(contact.email);
    m_contactPhone->setText(contact.phone);
    m_isDpo->setChecked(contact.isDpo);
    m_cookies->setCookies(facts.cookies);
    m_noAutomated->setChecked(facts.noAutomatedDecisions);
    m_automated->setPlainText(facts.automatedDecisions);
    m_notForChildren->setChecked(facts.notMeantForChildren);
}

} // namespace pr::gui
