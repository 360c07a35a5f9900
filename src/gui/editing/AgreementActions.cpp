#include "gui/editing/AgreementActions.h"

#include "core/domain/SignedVersion.h"
#include "core/domain/validation/AgreementValidation.h"
#include "core/time/Clock.h"
#include "core/workflow/AgreementWorkflow.h"
#include "gui/documents/DocumentsPage.h"
#include "gui/editing/AgreementStepDialog.h"
#include "gui/editing/AppliedChangeCommand.h"
#include "gui/editing/RegisterEditor.h"
#include "gui/editing/SaveRecordCommand.h"
#include "gui/pages/DetailPane.h"
#include "gui/pages/RecordListPage.h"
#include "gui/pages/SectionPages.h"
#include "storage/ByteView.h"
#include "storage/Register.h"
#include "storage/file/AtomicFile.h"
#include "storage/repositories/AgreementRepository.h"
#include "usecases/signing/NewAgreementVersion.h"
#include "usecases/signing/SignAgreement.h"
#include "usecases/steps/AgreementSteps.h"
#include "usecases/steps/DpaReadinessQuery.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QUndoStack>

namespace pr::gui {

using core::AgreementStep;
using core::EntityKind;

namespace {

QString buttonText(AgreementStep step)
{
    switch (step) {
    case AgreementStep::Send:
        return AgreementActions::tr("Mark as &sent…");
    case AgreementStep::SignByFirm:
        return AgreementActions::tr("Signed by &us…");
    case AgreementStep::Countersign:
        return AgreementActions::tr("Signed by the &client…");
    case AgreementStep::Terminate:
        return AgreementActions::tr("&Terminate…");
    }
    return {};
}

// The signed document the register keeps: the client's copy once it is back (it carries both
// signatures, or is the scan of the paper copy), else the PDF the firm signed.
QByteArray keptPdf(const core::Agreement& agreement)
{
    return agreement.signedPdf.isEmpty() ? agreement.firmSignedPdf : agreement.signedPdf;
}

QString buttonName(AgreementStep step)
{
    return QStringLiteral("agreementStep-") + core::enumCode(step);
}

} // namespace

AgreementActions::AgreementActions(RegisterEditor& editor, QUndoStack& undo, SectionPages& pages,
                                   const core::Clock& clock, QWidget* window)
    : QObject(window)
    , m_editor(editor)
    , m_undo(undo)
    , m_pages(pages)
    , m_clock(clock)
    , m_window(window)
    , m_savePdf(new QPushButton(tr("Save signed &PDF…"), window))
    , m_signWithCertificate(new QPushButton(tr("Sign with c&ertificate…"), window))
    , m_openSigned(new QPushButton(tr("Open si&gned version"), window))
    , m_newVersionDraft(new QPushButton(tr("&Draft of a new version"), window))
    , m_newVersion(new QPushButton(tr("&New version…"), window))
{
    setObjectName(QStringLiteral("agreementActions"));
    RecordListPage* agreements = m_pages.listPage(EntityKind::Agreement);
    QHBoxLayout* actions = agreements->detailPane()->actions();
    for (const AgreementStep step : core::enumValues<AgreementStep>()) {
        auto* button = new QPushButton(buttonText(step), window);
        button->setObjectName(buttonName(step));
        actions->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, step] { startStep(step); });
        m_stepButtons << button;
    }
    m_savePdf->setObjectName(QStringLiteral("agreementSavePdf"));
    actions->addWidget(m_savePdf);
    connect(m_savePdf, &QPushButton::clicked, this, &AgreementActions::chooseSavePath);
    m_signWithCertificate->setObjectName(QStringLiteral("agreementSignWithCertificate"));
    actions->addWidget(m_signWithCertificate);
    connect(m_signWithCertificate, &QPushButton::clicked, this,
            &AgreementActions::chooseSignedDpaPath);
    // The signed version and what follows it: a row of their own under the steps.
    auto* signedRow = new QWidget(window);
    auto* signedLayout = new QHBoxLayout(signedRow);
    signedLayout->setContentsMargins(0, 0, 0, 0);
    m_openSigned->setObjectName(QStringLiteral("agreementOpenSigned"));
    m_openSigned->setToolTip(tr("Show the signed PDF the register keeps, to read, print or save "
                                "exactly that document"));
    m_newVersionDraft->setObjectName(QStringLiteral("agreementNewVersionDraft"));
    m_newVersionDraft->setToolTip(tr("Show what today's register would make of this agreement, "
                                     "marked on every page as the draft of a new version"));
    m_newVersion->setObjectName(QStringLiteral("agreementNewVersion"));
    m_newVersion->setToolTip(tr("Add the next version of this agreement as a draft; the signed "
                                "version stays as it was signed"));
    for (QPushButton* button : {m_openSigned, m_newVersionDraft, m_newVersion}) {
        signedLayout->addWidget(button);
    }
    signedLayout->addStretch();
    agreements->detailPane()->addActionRow(signedRow);
    connect(m_openSigned, &QPushButton::clicked, this,
            [this] { openInDocuments(currentId(), false); });
    connect(m_newVersionDraft, &QPushButton::clicked, this,
            [this] { openInDocuments(currentId(), true); });
    connect(m_newVersion, &QPushButton::clicked, this, [this] { addNewVersion(currentId()); });
    connect(m_pages.documentsPage(), &DocumentsPage::newVersionRequested, this,
            &AgreementActions::addNewVersion);
    connect(agreements, &RecordListPage::currentRecordChanged, this,
            &AgreementActions::updateButtons);
    // The certificate panel reports its changes as the organisation's: "Sign with certificate…"
    // appears or goes with the certificate.
    connect(&m_editor, &RegisterEditor::changed, this, [this](EntityKind kind, qint64) {
        if (kind == EntityKind::Agreement || kind == EntityKind::Organisation) {
            updateButtons();
        }
    });
    updateButtons();
}

QPushButton* AgreementActions::stepButton(AgreementStep step) const
{
    return m_stepButtons.value(static_cast<int>(step));
}

qint64 AgreementActions::currentId() const
{
    return m_pages.listPage(EntityKind::Agreement)->currentId();
}

void AgreementActions::updateButtons()
{
    const qint64 id = currentId();
    const auto agreement =
        id != 0 ? storage::AgreementRepository::find(m_editor.currentRegister().database(), id)
                : std::nullopt;
    // Read-only: no edit to offer, rather than buttons that never work.
    const bool writable = !m_editor.isReadOnly();
    const QList<AgreementStep> possible =
        agreement ? core::AgreementWorkflow::possibleSteps(*agreement) : QList<AgreementStep>{};
    for (const AgreementStep step : core::enumValues<AgreementStep>()) {
        stepButton(step)->setVisible(writable && possible.contains(step));
    }
    m_savePdf->setVisible(agreement && !keptPdf(*agreement).isEmpty());
    const bool signedOne = agreement && core::SignedVersion::isSigned(*agreement);
    m_openSigned->setVisible(signedOne && core::SignedVersion::of(*agreement).has_value());
    m_newVersionDraft->setVisible(signedOne);
    m_newVersion->setVisible(writable && agreement &&
                             usecases::NewAgreementVersion::isOffered(*agreement));
    // Signing records the firm's signature: offered where that step is.
    m_signWithCertificate->setVisible(
        writable && possible.contains(AgreementStep::SignByFirm) &&
        usecases::SignAgreement::available(m_editor.currentRegister().database()));
}

AgreementStepDialog* AgreementActions::startStep(AgreementStep step)
{
    const qint64 id = currentId();
    const auto agreement =
        id != 0 ? storage::AgreementRepository::find(m_editor.currentRegister().database(), id)
                : std::nullopt;
    if (!agreement || m_editor.isReadOnly() ||
        !core::AgreementWorkflow::possibleSteps(*agreement).contains(step)) {
        return nullptr;
    }
    // Not exec(): the window stays responsive, and tests can fill the dialog in.
    auto* dialog = new AgreementStepDialog(step, *agreement, m_clock.today(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (step == AgreementStep::Send || step == AgreementStep::SignByFirm) {
        dialog->setWarnings(usecases::DpaReadinessQuery::warnings(m_editor.context(), id));
    }
    connect(dialog, &AgreementStepDialog::submitted, this,
            [this, dialog, id] { finishStep(dialog, id); });
    dialog->open();
    return dialog;
}

void AgreementActions::finishStep(AgreementStepDialog* dialog, qint64 id)
{
    QString error;
    const auto details = dialog->details(error);
    if (!details) {
        dialog->showError(error);
        return;
    }
    const usecases::StepChange<core::Agreement> change = usecases::AgreementSteps::record(
        m_editor.context(), id, dialog->step(), dialog->date(), *details);
    if (!change.result.issues.isEmpty()) {
        dialog->showIssues(change.result.issues);
        return;
    }
    m_editor.report(EntityKind::Agreement, change.result);
    if (!change.taken()) {
        dialog->showError(change.result.explanation());
        return;
    }
    dialog->accept();
    pushStep(*change.before, *change.after, core::enumLabel(dialog->step()));
}

void AgreementActions::pushStep(const core::Agreement& before, const core::Agreement& after,
                                const QString& stepLabel)
{
    m_undo.push(new AppliedChangeCommand<storage::AgreementRepository, core::Agreement>(
        m_editor, EntityKind::Agreement, before, after,
        tr("%1: agreement version %2").arg(stepLabel, after.version)));
}

void AgreementActions::chooseSavePath()
{
    auto* picker = new QFileDialog(m_window, tr("Save the signed PDF"), QString(),
                                   tr("PDF documents (*.pdf)"));
    picker->setAcceptMode(QFileDialog::AcceptSave);
    picker->setDefaultSuffix(QStringLiteral("pdf"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QFileDialog::fileSelected, this,
            [this](const QString& path) { saveSignedPdf(path); });
    picker->open();
}

bool AgreementActions::saveSignedPdf(const QString& path)
{
    const qint64 id = currentId();
    const auto agreement =
        id != 0 ? storage::AgreementRepository::find(m_editor.currentRegister().database(), id)
                : std::nullopt;
    const QByteArray pdf = agreement ? keptPdf(*agreement) : QByteArray();
    if (pdf.isEmpty()) {
        return false;
    }
    // QSaveFile: a failed write leaves no half-written file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        tell(tr("Not saved"), tr("The PDF could not be saved: %1").arg(file.errorString()));
        return false;
    }
    return true;
}

void AgreementActions::chooseSignedDpaPath()
{
    const QStringList warnings =
        usecases::DpaReadinessQuery::warnings(m_editor.context(), currentId());
    if (!warnings.isEmpty()) {
        QStringList lines;
        for (const QString& warning : warnings) {
            lines << QStringLiteral("• ") + warning;
        }
        auto* box =
            new QMessageBox(QMessageBox::Warning, tr("Sign the agreement"),
                            tr("Before the client signs, note:") + u'\n' + lines.join(u'\n'),
                            QMessageBox::NoButton, m_window);
        box->setObjectName(QStringLiteral("signingWarnings"));
        QPushButton* sign = box->addButton(tr("Sign &anyway…"), QMessageBox::AcceptRole);
        box->setDefaultButton(box->addButton(QMessageBox::Cancel));
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, box, sign] {
            if (box->clickedButton() == sign) {
                pickSignedDpaPath();
            }
        });
        box->open();
        return;
    }
    pickSignedDpaPath();
}

void AgreementActions::pickSignedDpaPath()
{
    auto* picker = new QFileDialog(m_window, tr("Save the signed agreement"), QString(),
                                   tr("PDF documents (*.pdf)"));
    picker->setAcceptMode(QFileDialog::AcceptSave);
    picker->setDefaultSuffix(QStringLiteral("pdf"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QFileDialog::fileSelected, this,
            [this](const QString& path) { signWithCertificate(path); });
    picker->open();
}

bool AgreementActions::signWithCertificate(const QString& path)
{
    const qint64 id = currentId();
    if (id == 0 || m_editor.isReadOnly()) {
        return false;
    }
    const usecases::SignedAgreement signedAgreement =
        usecases::SignAgreement::sign(m_editor.context(), id);
    m_editor.report(EntityKind::Agreement, signedAgreement.step.result);
    if (!signedAgreement.ok()) {
        tell(tr("Not signed"), signedAgreement.step.result.explanation());
        return false;
    }
    pushStep(*signedAgreement.step.before, *signedAgreement.step.after,
             core::enumLabel(core::AgreementStep::SignByFirm));
    const core::Signatory& signer = signedAgreement.step.after->firmSignatory;
    QString confirmation =
        tr("The agreement is signed for the firm by %1 on %2 and recorded as \"signed by "
           "us\". The signed PDF is kept with the agreement.")
            .arg(signer.name, QLocale().toString(signer.date, QLocale::LongFormat));
    try {
        // Atomic and owner-only: a failed write leaves no half document behind.
        storage::AtomicFile::write(path, storage::byteView(signedAgreement.pdf));
        confirmation += QLatin1Char(' ') + tr("A copy was saved as %1.").arg(path);
    } catch (const std::exception& failure) {
        confirmation += QLatin1Char(' ') + tr("The copy could not be saved as %1: %2. Save it "
                                              "again with \"Save signed PDF…\".")
                                               .arg(path, QString::fromUtf8(failure.what()));
    }
    inform(tr("Agreement signed"), confirmation);
    return true;
}

bool AgreementActions::openInDocuments(qint64 id, bool newVersionDraft)
{
    const auto agreement =
        id != 0 ? storage::AgreementRepository::find(m_editor.currentRegister().database(), id)
                : std::nullopt;
    if (!agreement) {
        return false;
    }
    const bool chosen =
        m_pages.documentsPage()->chooseDpa(agreement->clientId, agreement->id, newVersionDraft);
    m_pages.show(Section::Documents);
    if (!chosen) {
        tell(tr("Template not saved"),
             tr("Documenten has changes to a template that are not saved. Save or discard "
                "them, then open the agreement again."));
    }
    return chosen;
}

bool AgreementActions::addNewVersion(qint64 id)
{
    if (m_editor.isReadOnly()) {
        return false;
    }
    QString why;
    std::unique_ptr<usecases::RecordVersion> next =
        usecases::NewAgreementVersion::version(m_editor.context(), id, why);
    if (!next) {
        tell(tr("No new version"), why);
        return false;
    }
    auto* command = new SaveRecordCommand(m_editor, nullptr, std::move(next));
    m_undo.push(command);
    if (command->wasRefused()) {
        return false;
    }
    m_pages.showRecord(EntityKind::Agreement, command->recordId());
    inform(tr("New version added"),
           tr("The new version is a draft: edit it, check it in Documenten and have it signed. "
              "The signed version stays as it was signed; terminate it once the new one is "
              "signed."));
    return true;
}

void AgreementActions::tell(const QString& title, const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("agreementWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void AgreementActions::inform(const QString& title, const QString& message)
{
    auto* box =
        new QMessageBox(QMessageBox::Information, title, message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("agreementSigned"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace pr::gui
