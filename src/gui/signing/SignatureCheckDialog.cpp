#include "gui/signing/SignatureCheckDialog.h"

#include "crypto/signing/KeyStrength.h"
#include "gui/sections/DisplayText.h"
#include "report/ReportError.h"
#include "report/signing/PdfSignatureVerifier.h"
#include "ui_SignatureCheckDialog.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace pr::gui {

using Status = report::PdfSignatureCheck::Status;

namespace {

enum Column { StatusColumn, SignerColumn, TimeColumn, ReasonColumn, WholeColumn, ColumnCount };

void tell(QWidget* parent, const QString& text)
{
    auto* box =
        new QMessageBox(QMessageBox::Warning, SignatureCheckDialog::tr("Signature not checked"),
                        text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("signatureCheckRefusal"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString signerOf(const report::PdfSignatureCheck& check)
{
    if (!check.signerName.isEmpty()) {
        return check.signerName;
    }
    if (!check.signerSubject.isEmpty()) {
        return check.signerSubject;
    }
    return SignatureCheckDialog::tr("Unknown");
}

} // namespace

SignatureCheckDialog::SignatureCheckDialog(const QString& fileName,
                                           std::vector<report::PdfSignatureCheck> checks,
                                           QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignatureCheckDialog>())
    , m_checks(std::move(checks))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("signatureCheckDialog"));
    m_ui->fileLabel->setText(tr("Document: %1").arg(fileName));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QFont bold = m_ui->verdictLabel->font();
    bold.setBold(true);
    m_ui->verdictLabel->setFont(bold);
    fillTable();
    showVerdict();
    connect(m_ui->signaturesTable, &QTableWidget::currentCellChanged, this,
            [this](int row) { showDetails(row); });
    if (!m_checks.empty()) {
        m_ui->signaturesTable->setCurrentCell(0, 0);
    }
}

SignatureCheckDialog::~SignatureCheckDialog() = default;

void SignatureCheckDialog::chooseAndShow(QWidget* parent)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Check signature"),
                                                      QDir::homePath(), tr("PDF files (*.pdf)"));
    if (!path.isEmpty()) {
        showFor(path, parent);
    }
}

SignatureCheckDialog* SignatureCheckDialog::showFor(const QString& path, QWidget* parent)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        tell(parent, tr("The file %1 cannot be read: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString()));
        return nullptr;
    }
    std::vector<report::PdfSignatureCheck> checks;
    try {
        checks = report::verifyPdfSignatures(file.readAll());
    } catch (const report::ReportError& error) {
        tell(parent, tr("The file %1 cannot be checked: %2")
                         .arg(QDir::toNativeSeparators(path), QString::fromUtf8(error.what())));
        return nullptr;
    } catch (const std::exception&) {
        tell(parent, tr("The file %1 cannot be checked: it is not a PDF file this program can "
                        "read.")
                         .arg(QDir::toNativeSeparators(path)));
        return nullptr;
    }
    auto* dialog = new SignatureCheckDialog(QFileInfo(path).fileName(), std::move(checks), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString SignatureCheckDialog::statusText(Status status)
{
    switch (status) {
    case Status::Valid:
        return tr("Valid");
    case Status::DigestMismatch:
        return tr("Changed after signing");
    case Status::SignatureInvalid:
        return tr("Signature invalid");
    case Status::Malformed:
        break;
    }
    return tr("Damaged");
}

QString SignatureCheckDialog::statusCode(Status status)
{
    switch (status) {
    case Status::Valid:
        return QStringLiteral("valid");
    case Status::DigestMismatch:
        return QStringLiteral("digest-mismatch");
    case Status::SignatureInvalid:
        return QStringLiteral("signature-invalid");
    case Status::Malformed:
        break;
    }
    return QStringLiteral("malformed");
}

void SignatureCheckDialog::fillTable()
{
    QTableWidget* table = m_ui->signaturesTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Status"), tr("Signed by"), tr("Signed on"), tr("Reason"),
                                      tr("Covers the whole document")});
    table->setRowCount(static_cast<int>(m_checks.size()));
    table->verticalHeader()->setVisible(false);
    int row = 0;
    for (const report::PdfSignatureCheck& check : m_checks) {
        auto* status = new QTableWidgetItem(statusText(check.status));
        status->setData(Qt::UserRole, statusCode(check.status));
        if (check.status != Status::Valid) {
            status->setForeground(QColor(0xa4, 0x00, 0x00));
        }
        table->setItem(row, StatusColumn, status);
        table->setItem(row, SignerColumn, new QTableWidgetItem(signerOf(check)));
        const QString time = DisplayText::dateTime(check.signingTime);
        table->setItem(row, TimeColumn,
                       new QTableWidgetItem(time.isEmpty() ? tr("Not stated") : time));
        table->setItem(row, ReasonColumn, new QTableWidgetItem(check.reason));
        auto* whole = new QTableWidgetItem(DisplayText::yesNo(check.coversWholeFile));
        whole->setData(Qt::UserRole, check.coversWholeFile);
        table->setItem(row, WholeColumn, whole);
        ++row;
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setVisible(!m_checks.empty());
}

void SignatureCheckDialog::showVerdict()
{
    const bool anyInvalid = std::any_of(m_checks.begin(), m_checks.end(), [](const auto& check) {
        return check.status != Status::Valid;
    });
    const int count = static_cast<int>(m_checks.size());
    QString text;
    if (m_checks.empty()) {
        m_verdict = Verdict::NoSignatures;
        text = tr("This PDF holds no digital signature. A signature on paper or an image of a "
                  "signature cannot be checked here.");
    } else if (anyInvalid) {
        m_verdict = Verdict::SomeInvalid;
        text = tr("Not valid: at least one signature does not hold. The document was changed "
                  "after signing, or a signature is invalid or damaged. Do not rely on this "
                  "copy; ask the signer for the original.");
    } else if (report::allSignaturesValid(m_checks)) {
        m_verdict = Verdict::AllValid;
        text = tr("Valid: the %n signature(s) hold and the document has not been changed since "
                  "it was last signed.",
                  nullptr, count);
    } else {
        m_verdict = Verdict::ChangedAfterLast;
        text = tr("The %n signature(s) hold, but the document was extended after the last "
                  "signature: what was added later is not covered by any signature.",
                  nullptr, count);
    }
    m_ui->verdictLabel->setText(text);
    m_ui->verdictLabel->setStyleSheet(m_verdict == Verdict::AllValid
                                          ? QStringLiteral("color: #0b6e0b;")
                                          : QStringLiteral("color: #a40000;"));
}

void SignatureCheckDialog::showDetails(int row)
{
    if (row < 0 || row >= static_cast<int>(m_checks.size())) {
        m_ui->detailLabel->clear();
        return;
    }
    const report::PdfSignatureCheck& check = m_checks.at(static_cast<std::size_t>(row));
    QStringList lines;
    lines << tr("Signature %1 of %2: %3")
                 .arg(row + 1)
                 .arg(static_cast<int>(m_checks.size()))
                 .arg(statusText(check.status));
    if (!check.detail.isEmpty()) {
        lines << check.detail;
    }
    if (!check.signerSubject.isEmpty()) {
        lines << tr("Certificate: %1").arg(check.signerSubject);
    }
    if (check.cms && check.cms->signer) {
        const crypto::CertificateInfo& signer = *check.cms->signer;
        lines << tr("Issued by: %1").arg(QString::fromStdString(signer.issuer));
        if (crypto::KeyStrength::isWeak(signer)) {
            lines << tr("Warning: the signer's %1 key has %2 bits, fewer than the %3 a signature "
                        "needs. A key that short can be broken, so this signature may have been "
                        "forged.")
                         .arg(QString::fromStdString(signer.keyType))
                         .arg(signer.keyBits)
                         .arg(crypto::KeyStrength::minimumBits(signer).value_or(0));
        }
    }
    if (!check.location.isEmpty()) {
        lines << tr("Place: %1").arg(check.location);
    }
    if (!check.coversWholeFile) {
        lines << tr("This signature does not cover the end of the file: the document was "
                    "extended after it, for example by a later signature.");
    }
    m_ui->detailLabel->setText(lines.join(QLatin1Char('\n')));
}

} // namespace pr::gui
