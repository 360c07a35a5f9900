#pragma once

#include "crypto/SecureAllocator.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class CertificatePasswordDialog;
}

namespace pr::gui {

// Asks for the password of a PKCS#12 file and tries it before it closes: CHECK gets the
// password (UTF-8, wiped memory) and returns an empty string when the file opens with it, or
// what is wrong, which the dialog shows while the user tries again or cancels. After
// Accepted, takePassword() hands over the password that worked; the line edit is cleared at
// each try, so no copy stays in the widget.
class CertificatePasswordDialog : public QDialog {
    Q_OBJECT

public:
    using Check = std::function<QString(const crypto::SecureBytes& password)>;

    CertificatePasswordDialog(const QString& fileName, Check check, QWidget* parent = nullptr);
    ~CertificatePasswordDialog() override;

    void accept() override;

    crypto::SecureBytes takePassword();
    // The refusal shown, or an empty string.
    QString errorText() const;

private:
    std::unique_ptr<Ui::CertificatePasswordDialog> m_ui;
    Check m_check;
    crypto::SecureBytes m_password;
};

} // namespace pr::gui
