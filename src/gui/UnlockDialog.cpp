#include "gui/UnlockDialog.h"

#include "gui/PasswordInput.h"
#include "storage/RegisterErrors.h"
#include "ui_UnlockDialog.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>

namespace pr::gui {

UnlockDialog::UnlockDialog(const QString& path, storage::RegisterOptions options, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UnlockDialog>())
    , m_options(std::move(options))
{
    m_ui->setupUi(this);
    QPushButton* open = m_ui->buttonBox->button(QDialogButtonBox::Open);
    open->setText(tr("&Open"));
    open->setDefault(true); // Enter in the password field opens
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UnlockDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
    connect(m_ui->openBackupButton, &QPushButton::clicked, this, &UnlockDialog::openNewestBackup);
    setPath(path);
    m_ui->passwordEdit->setFocus();
}

UnlockDialog::~UnlockDialog() = default;

void UnlockDialog::setPath(const QString& path)
{
    m_path = path;
    m_ui->fileLabel->setText(
        tr("Register: <b>%1</b>").arg(QDir::toNativeSeparators(path).toHtmlEscaped()));
}

std::unique_ptr<storage::Register> UnlockDialog::takeRegister()
{
    return std::move(m_register);
}

void UnlockDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(true);
}

void UnlockDialog::accept()
{
    m_ui->openBackupButton->setVisible(false);
    if (m_ui->passwordEdit->text().isEmpty()) {
        showError(tr("Enter the password of the register."));
        return;
    }
    const crypto::SecureBytes password = takePasswordFrom(*m_ui->passwordEdit);
    const auto mode = m_ui->readOnlyCheck->isChecked() ? storage::OpenMode::ReadOnly
                                                       : storage::OpenMode::ReadWrite;
    // The key derivation takes about half a second by design.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_register = storage::Register::open(m_path, password, mode, m_options);
    } catch (const storage::WrongPasswordError& error) {
        QApplication::restoreOverrideCursor();
        m_ui->passwordEdit->setFocus();
        showError(error.message());
        return;
    } catch (const storage::DamagedFileError& error) {
        QApplication::restoreOverrideCursor();
        showError(error.message());
        const bool hasBackup =
            !storage::Backups(m_path, m_options.backupCount, m_options.backupDirectory)
                 .newest()
                 .isEmpty();
        m_ui->openBackupButton->setVisible(hasBackup);
        return;
    } catch (const storage::RegisterInUseError& error) {
        QApplication::restoreOverrideCursor();
        showError(error.message());
        m_ui->readOnlyCheck->setChecked(true);
        return;
    } catch (const storage::RegisterError& error) {
        QApplication::restoreOverrideCursor();
        showError(error.message());
        return;
    }
    QApplication::restoreOverrideCursor();
    QDialog::accept();
}

void UnlockDialog::openNewestBackup()
{
    const QString backup =
        storage::Backups(m_path, m_options.backupCount, m_options.backupDirectory).newest();
    if (backup.isEmpty()) {
        return;
    }
    // A backup is opened read-only: the damaged register stays where it is, untouched,
    // until the user decides what to do with it (user guide, "Back-ups").
    setPath(backup);
    m_ui->readOnlyCheck->setChecked(true);
    m_ui->openBackupButton->setVisible(false);
    showError(tr("The newest backup is selected. It opens read-only; use File > Save as to "
                 "continue with it."));
    m_ui->passwordEdit->setFocus();
}

} // namespace pr::gui
