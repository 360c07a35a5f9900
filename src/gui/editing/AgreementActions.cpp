#include "gui/editing/AgreementActions.h"

#include "core/time/Clock.h"
#include "core/workflow/AgreementWorkflow.h"
#include "gui/editing/AgreementStepDialog.h"
#include "gui/editing/AgreementStepUndoCommand.h"
#include "gui/editing/RegisterEditor.h"
#include "gui/editing/SignedDpaExport.h"
#include "gui/pages/DetailPane.h"
#include "gui/pages/RecordListPage.h"
#include "gui/pages/SectionPages.h"
#include "storage/Register.h"
#include "storage/repositories/AgreementRepository.h"

#include <QFileDialog>
#include <QHBoxLayout>
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
    m_savePdf->setVisible(agreement && !agreement->signedPdf.isEmpty());
    // Signing writes a file and changes nothing in the register: also when read-only.
    m_signWithCertificate->setVisible(
        agreement && agreement->signingState != core::SigningState::Terminated &&
        SignedDpaExport::available(m_editor.currentRegister().database()));
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
    connect(dialog, &AgreementStepDialog::submitted, this,
            [this, dialog, id] { finishStep(dialog, id); });
    dialog->open();
    return dialog;
}

void AgreementActions::finishStep(AgreementStepDialog* dialog, qint64 id)
{
    // Read again: the agreement as it is when the user confirms is the one undo restores.
    const auto agreement =
        storage::AgreementRepository::find(m_editor.currentRegister().database(), id);
    if (!agreement) {
        dialog->reject();
        return;
    }
    QString error;
    const auto details = dialog->details(error);
    if (!details) {
        dialog->showError(error);
        return;
    }
    const core::AgreementStepResult result = core::AgreementWorkflow(m_clock).apply(
        *agreement, dialog->step(), dialog->date(), *details);
    if (!result.ok()) {
        dialog->showIssues(result.issues);
        return;
    }
    dialog->accept();
    m_undo.push(new AgreementStepUndoCommand(m_editor, *agreement, *result.agreement,
                                             core::enumLabel(dialog->step())));
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
    if (!agreement || agreement->signedPdf.isEmpty()) {
        return false;
    }
    // QSaveFile: a failed write leaves no half-written file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(agreement->signedPdf) != agreement->signedPdf.size() || !file.commit()) {
        tell(tr("Not saved"), tr("The PDF could not be saved: %1").arg(file.errorString()));
        return false;
    }
    return true;
}

void AgreementActions::chooseSignedDpaPath()
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
    const auto agreement =
        id != 0 ? storage::AgreementRepository::find(m_editor.currentRegister().database(), id)
                : std::nullopt;
    if (!agreement) {
        return false;
    }
    const QString error =
        SignedDpaExport::write(m_editor.currentRegister().database(), m_clock, *agreement, path);
    if (!error.isEmpty()) {
        tell(tr("Not signed"), error);
        return false;
    }
    return true;
}

void AgreementActions::tell(const QString& title, const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace pr::gui
