#include "gui/editing/AgreementStepDialog.h"

#include "core/domain/Agreement.h"
#include "core/workflow/AgreementWorkflow.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

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
    : StepDialog(titleOf(step), dateLabelOf(step), core::AgreementWorkflow::dateField(step), today,
                 parent)
    , m_step(step)
{
    setObjectName(QStringLiteral("agreementStepDialog"));
    dateEdit()->setMaximumDate(today);

    const bool signs = step == AgreementStep::SignByFirm || step == AgreementStep::Countersign;
    if (signs) {
        const bool firm = step == AgreementStep::SignByFirm;
        const core::Signatory& who = firm ? agreement.firmSignatory : agreement.clientSignatory;
        const QString party =
            firm ? QStringLiteral("firmSignatory") : QStringLiteral("clientSignatory");
        m_name = lineEdit(who.name, QStringLiteral("signatoryName"), this);
        m_function = lineEdit(who.function, QStringLiteral("signatoryFunction"), this);
        m_place = lineEdit(who.place, QStringLiteral("signatoryPlace"), this);
        addField(tr("Name:"), m_name, party + QStringLiteral(".name"), tr("name"));
        addField(tr("Function:"), m_function);
        addField(tr("Place:"), m_place);
    }
    if (step == AgreementStep::Countersign) {
        auto* choose = new QPushButton(tr("Choose PDF…"), this);
        choose->setObjectName(QStringLiteral("choosePdfButton"));
        m_pdfLabel = new QLabel(tr("No PDF chosen"), this);
        m_pdfLabel->setTextFormat(Qt::PlainText);
        auto* row = new QHBoxLayout;
        row->addWidget(choose);
        row->addWidget(m_pdfLabel, 1);
        form()->addRow(tr("Signed PDF:"), row);
        m_onPaper = new QCheckBox(tr("Signed on paper (the signed copy is kept on paper; a "
                                     "scan can be attached as PDF)"),
                                  this);
        m_onPaper->setObjectName(QStringLiteral("signedOnPaper"));
        addRow(m_onPaper);
        connect(choose, &QPushButton::clicked, this, &AgreementStepDialog::choosePdf);
    }
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

void AgreementStepDialog::setWarnings(const QStringList& warnings)
{
    if (warnings.isEmpty()) {
        setIntro({});
        return;
    }
    QStringList lines{tr("Before the client signs, note:")};
    for (const QString& warning : warnings) {
        lines << QStringLiteral("• ") + warning;
    }
    setIntro(lines.join(u'\n'));
}

void AgreementStepDialog::setPdfFile(const QString& path)
{
    m_pdfPath = path;
    if (m_pdfLabel != nullptr) {
        m_pdfLabel->setText(path.isEmpty() ? tr("No PDF chosen") : QFileInfo(path).fileName());
    }
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
