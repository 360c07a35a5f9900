#include "gui/wizard/PasswordPage.h"

#include "core/security/PasswordStrength.h"
#include "gui/PasswordInput.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>

namespace pr::gui {

using core::PasswordStrength;

PasswordPage::PasswordPage(QWidget* parent)
    : QWizardPage(parent)
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_strength(new QProgressBar(this))
    , m_advice(new QLabel(this))
{
    setTitle(tr("Password"));
    setSubTitle(tr("The password protects everything in the register."));
    auto* warning = new QLabel(
        tr("Without the password nobody can open the register, not even you: there is no way "
           "to recover a forgotten password. Write it down and keep it somewhere safe."),
        this);
    warning->setWordWrap(true);
    for (QLineEdit* edit : {m_password, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textChanged, this, &PasswordPage::refresh);
    }
    m_password->setAccessibleName(tr("Password"));
    m_repeat->setAccessibleName(tr("Repeat the password"));
    m_strength->setRange(0, 3);
    m_strength->setTextVisible(true);
    m_strength->setAccessibleName(tr("Strength of the password"));
    m_advice->setWordWrap(true);
    m_advice->setAccessibleName(tr("Advice about the password"));

    auto* layout = new QFormLayout(this);
    layout->addRow(warning);
    layout->addRow(tr("&Password:"), m_password);
    layout->addRow(tr("&Repeat:"), m_repeat);
    layout->addRow(tr("Strength:"), m_strength);
    layout->addRow(QString(), m_advice);
    refresh();
}

void PasswordPage::refresh()
{
    const auto estimate = PasswordStrength::estimate(m_password->text());
    m_strength->setValue(static_cast<int>(estimate.level));
    m_strength->setFormat(PasswordStrength::label(estimate.level));
    QString advice = estimate.advice;
    if (!m_repeat->text().isEmpty() && m_repeat->text() != m_password->text()) {
        advice = tr("The two passwords differ.");
    }
    m_advice->setText(advice);
    Q_EMIT completeChanged();
}

bool PasswordPage::isComplete() const
{
    return PasswordStrength::estimate(m_password->text()).level !=
               PasswordStrength::Level::TooShort &&
           m_password->text() == m_repeat->text();
}

crypto::SecureBytes PasswordPage::takePassword()
{
    m_repeat->clear();
    return takePasswordFrom(*m_password);
}

} // namespace pr::gui
