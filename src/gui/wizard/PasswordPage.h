#pragma once

#include "crypto/SecureAllocator.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace pr::gui {

// The password, twice, with an estimate of its strength. Complete when it is long enough and
// both entries match; a weak password is allowed but advised against.
class PasswordPage : public QWizardPage {
    Q_OBJECT

public:
    explicit PasswordPage(QWidget* parent = nullptr);
    bool isComplete() const override;
    // The password as UTF-8 in wiped memory; the line edits are cleared.
    crypto::SecureBytes takePassword();

private:
    void refresh();

    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QProgressBar* m_strength;
    QLabel* m_advice;
};

} // namespace pr::gui
