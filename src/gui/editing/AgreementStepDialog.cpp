#include "gui/editing/AgreementStepDialog.h"

#include "core/domain/Agreement.h"
#include "core/domain/validation/ValidationIssue.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pr::gui {

using core::AgreementStep;

namespace {

QString titleOf(AgreementStep step)
{
    switch (step) {
    case AgreementStep::Send:
        return AgreementStepDialog::tr("Mark as sent");
    case AgreementStep::SignByFirm:
        return AgreementStepDialog::tr("Signed by us");
    case AgreementStep::Countersign:
        return AgreementStepDialog::tr("Signed by the client");
    case AgreementStep::Terminate:
        return AgreementStepDialog::tr("Terminate the agreement");
    }
    return {};
}

QString dateLabelOf(AgreementStep step)
{
    switch (step) {
    case AgreementStep::Send:
        return AgreementStepDialog::tr("Sent on:");
    case AgreementStep::SignByFirm:
    case AgreementStep::Countersign:
        return AgreementStepDialog::tr("Signed on:");
    case AgreementStep::Terminate:
        return AgreementStepDialog::tr("Ended on:");
    }
    return {};
}

QLineEdit* lineEdit(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(objectName);
    return edit;
}

} // namespace

AgreementStepDialog::AgreementStepDialog(AgreementStep step, const core::Agreement& agreement,
                                         QDate today, QWidget* parent)
    : QDialog(parent)
    , m_step(step)
    , m_date(new QDateEdit(today, this))
    , m_issues(new QLabel(this))
{
    setWindowTitle(titleOf(step));
    setObjectName(QStringLiteral("agreementStepDialog"));
    auto* form = new QFormLayout;
    m_date->setObjectName(QStringLiteral("stepDate"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today);
    m_date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    form->addRow(dateLabelOf(step), m_date);

    const bool signs = step == AgreementStep::SignByFirm || step == AgreementStep::Countersign;
    if (signs) {
        const core::Signatory& who =
            step == AgreementStep::SignByFirm ? agreement.firmSignatory : agreement.clientSignatory;
        m_name = lineEdit(who.name, QStringLiteral("signatoryName"), this);
        m_function = lineEdit(who.function, QStringLiteral("signatoryFunction"), this);
        m_place = lineEdit(who.place, QStringLiteral("signatoryPlace"), this);
        form->addRow(tr("Name:"), m_name);
        form->addRow(tr("Function:"), m_function);
        form->addRow(tr("Place:"), m_place);
    }
    if (step == AgreementStep::Countersign) {
        auto* choose = new QPushButton(tr("Choose PDF…"), this);
        choose->setObjectName(QStringLiteral("choosePdfButton"));
        m_pdfLabel = new QLabel(tr("No PDF chosen"), this);
        m_pdfLabel->setTextFormat(Qt::PlainText);
        auto* row = new QHBoxLayout;
        row->addWidget(choose);
        row->addWidget(m_pdfLabel, 1);
        form->addRow(tr("Signed PDF:"), row);
        m_onPaper = new QCheckBox(tr("Signed on paper (the signed copy is kept on paper; a "
                                     "scan can be attached as PDF)"),
                                  this);
        m_onPaper->setObjectName(QStringLiteral("signedOnPaper"));
        form->addRow(QString(), m_onPaper);
        connect(choose, &QPushButton::clicked, this, &AgreementStepDialog::choosePdf);
    }

    m_issues->setObjectName(QStringLiteral("stepIssues"));
    m_issues->setTextFormat(Qt::PlainText);
    m_issues->setWordWrap(true);
    m_issues->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_issues->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AgreementStepDialog::submitted);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_issues);
    layout->addWidget(buttons);
}

QDate AgreementStepDialog::date() const
{
    return m_date->date();
}

std::optional<core::AgreementStepDetails> AgreementStepDialog::details(QString& error) const
{
    core::AgreementStepDetails details;
    if (m_name != nullptr) {
        details.signatory.name = m_name->text();
        details.signatory.function = m_function->text();
        details.signatory.place = m_place->text();
    }
    if (m_onPaper != nullptr) {
        details.onPaper = m_onPaper->isChecked();
    }
    if (m_pdfPath.isEmpty()) {
        return details;
    }
    // The size first, so that a wrong file of gigabytes is never read into memory.
    const QFileInfo info(m_pdfPath);
    if (info.size() > core::kMaxSignedPdfBytes) {
        const int limit = static_cast<int>(core::kMaxSignedPdfBytes / (1024 * 1024));
        error = tr("The file is larger than %1 MiB, the most the register keeps. Scan it at a "
                   "lower resolution or in black and white.")
                    .arg(limit);
        return std::nullopt;
    }
    QFile file(m_pdfPath);
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("The file cannot be read: %1").arg(file.errorString());
        return std::nullopt;
    }
    details.signedPdf = file.readAll();
    return details;
}

void AgreementStepDialog::setPdfFile(const QString& path)
{
    m_pdfPath = path;
    if (m_pdfLabel != nullptr) {
        m_pdfLabel->setText(path.isEmpty() ? tr("No PDF chosen") : QFileInfo(path).fileName());
    }
}

void AgreementStepDialog::showIssues(const QList<core::ValidationIssue>& issues)
{
    QStringList lines;
    for (const core::ValidationIssue& issue : issues) {
        lines << issue.message;
    }
    showError(lines.join(QLatin1Char('\n')));
}

void AgreementStepDialog::showError(const QString& message)
{
    m_issues->setText(message);
    m_issues->setVisible(!message.isEmpty());
}

void AgreementStepDialog::choosePdf()
{
    auto* picker = new QFileDialog(this, tr("The PDF the client signed"), QString(),
                                   tr("PDF documents (*.pdf)"));
    picker->setFileMode(QFileDialog::ExistingFile);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QFileDialog::fileSelected, this, &AgreementStepDialog::setPdfFile);
    picker->open();
}

} // namespace pr::gui
