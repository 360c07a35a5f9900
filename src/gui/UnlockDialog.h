#pragma once

#include "storage/Register.h"

#include <QDialog>

#include <memory>

namespace Ui {
class UnlockDialog;
}

namespace pr::gui {

// Asks for the password of one register and opens it. Failures are explained in the
// dialog itself, with the way out next to the message: a wrong password is asked again, a
// damaged file offers its newest backup, a register in use offers to open it read-only.
class UnlockDialog : public QDialog {
    Q_OBJECT

public:
    UnlockDialog(const QString& path, storage::RegisterOptions options, QWidget* parent = nullptr);
    ~UnlockDialog() override;

    // The opened register after exec() returned Accepted; empty otherwise.
    std::unique_ptr<storage::Register> takeRegister();
    QString path() const { return m_path; }

    void accept() override;

private:
    void showError(const QString& message);
    void setPath(const QString& path);
    void openNewestBackup();

    std::unique_ptr<Ui::UnlockDialog> m_ui;
    QString m_path;
    storage::RegisterOptions m_options;
    std::unique_ptr<storage::Register> m_register;
};

} // namespace pr::gui
