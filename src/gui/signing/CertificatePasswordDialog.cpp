#include "gui/signing/CertificatePasswordDialog.h"

#include "gui/PasswordInput.h"
#include "ui_CertificatePasswordDialog.h"

#include <QPushButton>

#include <utility>

namespace pr::gui {

CertificatePasswordDialog::CertificatePasswordDialog(const QString& fileName, Check check,
                                                     QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CertificatePasswordDialog>())
    , m_check(std::move(check))
{
    m_ui->setupUi(this);
    m_ui->fileLabel->setText(tr("Certificate file: %1").arg(fileName));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Use certificate"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->passwordEdit->setFocus();
}

CertificatePasswordDialog::~CertificatePasswordDialog() = default;

void CertificatePasswordDialog::accept()
{
    crypto::SecureBytes password = takePasswordFrom(*m_ui->passwordEdit);
    const QString refusal = m_check(password);
    if (!refusal.isEmpty()) {
        m_ui->errorLabel->setText(refusal);
        m_ui->errorLabel->setVisible(true);
        m_ui->passwordEdit->setFocus();
        return;
    }
    m_password = std::move(password);
    QDialog::accept();
}

crypto::SecureBytes CertificatePasswordDialog::takePassword()
{
    return std::exchange(m_password, {});
}

QString CertificatePasswordDialog::errorText() const
{
    return !m_ui->errorLabel->isHidden() ? m_ui->errorLabel->text() : QString();
}

} // namespace pr::gui
