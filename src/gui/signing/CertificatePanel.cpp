#include "gui/signing/CertificatePanel.h"

#include "core/time/Clock.h"
#include "crypto/Wipe.h"
#include "crypto/signing/SigningCredentials.h"
#include "crypto/signing/SigningError.h"
#include "gui/editing/RegisterEditor.h"
#include "gui/signing/CertificatePasswordDialog.h"
#include "gui/signing/SetSigningCertificateCommand.h"
#include "gui/signing/SigningErrorText.h"
#include "storage/Register.h"
#include "storage/repositories/SigningCertificateRepository.h"
#include "ui_CertificatePanel.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

#include <memory>
#include <string_view>

namespace pr::gui {

namespace {

// Far above any real certificate file (a few kilobytes with its chain); a larger file is
// something else and is not read into memory.
constexpr qint64 kMaxPkcs12Size = 1024 * 1024;

QString dateText(std::time_t time)
{
    return QDateTime::fromSecsSinceEpoch(time).date().toString(QStringLiteral("dd-MM-yyyy"));
}

std::string_view textOf(const crypto::SecureBytes& bytes)
{
    return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

} // namespace

CertificatePanel::CertificatePanel(RegisterEditor& editor, QUndoStack& undo,
                                   const core::Clock& clock, QWidget* parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::CertificatePanel>())
    , m_editor(editor)
    , m_undo(undo)
    , m_clock(clock)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("certificatePanel"));
    m_ui->warningLabel->setStyleSheet(QStringLiteral("color: #a40000; font-weight: bold;"));
    connect(m_ui->chooseButton, &QPushButton::clicked, this, &CertificatePanel::chooseFile);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &CertificatePanel::askRemove);
    connect(&m_editor, &RegisterEditor::changed, this, [this](core::EntityKind kind) {
        if (kind == core::EntityKind::Organisation) {
            reload();
        }
    });
    reload();
}

CertificatePanel::~CertificatePanel() = default;

void CertificatePanel::reload()
{
    std::optional<crypto::CertificateInfo> info;
    QString unreadable;
    const storage::SqliteDatabase& db = m_editor.currentRegister().database();
    try {
        info = storage::SigningCertificateRepository::info(db);
    } catch (const crypto::SigningError& error) {
        unreadable = SigningErrorText::message(error);
    }
    const bool stored = info.has_value() || !unreadable.isEmpty();
    m_ui->noneLabel->setVisible(!stored);
    for (int row = 0; row < m_ui->detailsLayout->rowCount(); ++row) {
        m_ui->detailsLayout->setRowVisible(row, info.has_value());
    }
    const bool writable = !m_editor.isReadOnly();
    m_ui->chooseButton->setEnabled(writable);
    m_ui->removeButton->setEnabled(writable && stored);
    m_ui->removeButton->setVisible(stored);

    QString warning;
    if (!unreadable.isEmpty()) {
        warning = tr("The stored certificate cannot be read: %1").arg(unreadable);
    }
    if (info) {
        const QString commonName = QString::fromStdString(info->subjectCommonName);
        const QString subject = QString::fromStdString(info->subject);
        m_ui->holderValue->setText(commonName.isEmpty() ? subject : commonName);
        m_ui->holderValue->setToolTip(subject);
        m_ui->issuerValue->setText(QString::fromStdString(info->issuer));
        m_ui->validityValue->setText(
            tr("%1 to %2").arg(dateText(info->notBefore), dateText(info->notAfter)));
        m_ui->fingerprintValue->setText(QString::fromStdString(info->sha256Fingerprint));

        const QDateTime now = m_clock.now();
        const QDateTime notBefore = QDateTime::fromSecsSinceEpoch(info->notBefore);
        const QDateTime notAfter = QDateTime::fromSecsSinceEpoch(info->notAfter);
        const int daysLeft = static_cast<int>(now.date().daysTo(notAfter.date()));
        if (notAfter < now) {
            warning = tr("This certificate expired on %1. Nothing can be signed with it any "
                         "more: choose a new certificate.")
                          .arg(dateText(info->notAfter));
        } else if (notBefore > now) {
            warning = tr("This certificate is valid only from %1; until then nothing can be "
                         "signed with it.")
                          .arg(dateText(info->notBefore));
        } else if (daysLeft <= kWarningDays) {
            warning = tr("This certificate expires on %1, in %n day(s). Ask your certificate "
                         "provider for a new one in time.",
                         nullptr, daysLeft)
                          .arg(dateText(info->notAfter));
        }
    }
    m_ui->warningLabel->setText(warning);
    m_ui->warningLabel->setVisible(!warning.isEmpty());
}

void CertificatePanel::showEvent(QShowEvent* event)
{
    QGroupBox::showEvent(event);
    reload();
}

QString CertificatePanel::warningText() const
{
    return m_ui->warningLabel->isHidden() ? QString() : m_ui->warningLabel->text();
}

void CertificatePanel::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        window(), tr("Choose signing certificate"), QDir::homePath(),
        tr("Certificate files with private key (*.p12 *.pfx);;All files (*)"));
    if (!path.isEmpty()) {
        startImport(path);
    }
}

CertificatePasswordDialog* CertificatePanel::startImport(const QString& path)
{
    if (m_editor.isReadOnly()) {
        return nullptr;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        tell(tr("Certificate not read"),
             tr("The file %1 cannot be read: %2")
                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return nullptr;
    }
    if (file.size() > kMaxPkcs12Size) {
        tell(tr("Certificate not read"),
             tr("The file %1 is too large to be a certificate file (.p12 or .pfx).")
                 .arg(QDir::toNativeSeparators(path)));
        return nullptr;
    }
    // The bytes go into wiped memory at once; the buffer QFile filled is wiped too.
    QByteArray raw = file.readAll();
    auto pkcs12 = std::make_shared<crypto::SecureBytes>(raw.begin(), raw.end());
    crypto::wipe(raw.data(), static_cast<std::size_t>(raw.size()));
    file.close();

    // Whether it is a PKCS#12 file at all needs no password: say so before asking for one.
    try {
        crypto::SigningCredentials::fromPkcs12(*pkcs12, {}, std::nullopt);
    } catch (const crypto::SigningError& error) {
        if (error.reason() == crypto::SigningError::Reason::NotPkcs12) {
            tell(tr("Not a certificate file"), SigningErrorText::message(error));
            return nullptr;
        }
    }

    const core::Clock& clock = m_clock;
    auto* dialog = new CertificatePasswordDialog(
        QFileInfo(path).fileName(),
        [pkcs12, &clock](const crypto::SecureBytes& password) -> QString {
            try {
                crypto::SigningCredentials::fromPkcs12(*pkcs12, textOf(password),
                                                       clock.now().toSecsSinceEpoch());
            } catch (const crypto::SigningError& error) {
                return SigningErrorText::message(error);
            }
            return {};
        },
        window());
    dialog->setObjectName(QStringLiteral("certificatePasswordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, pkcs12] {
        std::optional<storage::StoredSigningCertificate> before =
            storage::SigningCertificateRepository::load(m_editor.currentRegister().database());
        storage::StoredSigningCertificate after{*pkcs12, dialog->takePassword(), m_clock.now()};
        m_undo.push(
            new SetSigningCertificateCommand(m_editor, std::move(before), std::move(after)));
    });
    dialog->open();
    return dialog;
}

void CertificatePanel::askRemove()
{
    if (m_editor.isReadOnly() ||
        !storage::SigningCertificateRepository::exists(m_editor.currentRegister().database())) {
        return;
    }
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Remove signing certificate"),
        tr("Remove the signing certificate from the register? Agreements can then no longer "
           "be signed digitally until you choose a certificate again."),
        QMessageBox::NoButton, window());
    box->setObjectName(QStringLiteral("removeCertificateQuestion"));
    box->setInformativeText(tr("You can undo this with Edit > Undo (Ctrl+Z)."));
    QPushButton* confirm = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, confirm] {
        if (box->clickedButton() != confirm) {
            return;
        }
        std::optional<storage::StoredSigningCertificate> before =
            storage::SigningCertificateRepository::load(m_editor.currentRegister().database());
        if (before) {
            m_undo.push(
                new SetSigningCertificateCommand(m_editor, std::move(before), std::nullopt));
        }
    });
    box->open();
}

void CertificatePanel::tell(const QString& title, const QString& text)
{
    // Not exec(): the window stays responsive and tests can read and close the message.
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, window());
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace pr::gui
