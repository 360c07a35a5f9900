// A signed agreement in the desktop program: its details show the signed version (date, who,
// SHA-256) and warn, with the list, when the register no longer makes what was signed;
// "Open signed version" shows exactly the stored PDF in Documenten, which saves those bytes;
// "Draft of a new version" shows today's register marked as such; "New version…" adds the
// next version as a draft, one undo step.

#include "GuiTestSupport.h"
#include "core/domain/SignedVersion.h"
#include "core/domain/validation/SecurityMeasureValidation.h"
#include "gui/documents/DocumentPreview.h"
#include "gui/documents/DocumentsPage.h"
#include "gui/documents/SignedAgreementBar.h"
#include "gui/editing/AgreementActions.h"
#include "gui/editing/RegisterEditor.h"
#include "gui/pages/DetailPane.h"
#include "gui/pages/RecordListPage.h"
#include "gui/pages/SectionPages.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/SecurityMeasureRepository.h"
#include "storage/repositories/SigningCertificateRepository.h"
#include "support/TestSigningCa.h"
#include "usecases/records/RecordChanges.h"
#include "usecases/records/RecordVersion.h"

#include <QCheckBox>
#include <QDir>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPushButton>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <string_view>

using pr::core::EntityKind;
using pr::gui::AgreementActions;
using pr::storage::AgreementRepository;

namespace {

constexpr qint64 kSent = 3; // the demo's agreement with Stichting Buurtwerk Oostwijk

void storeCertificate(pr::storage::Register& reg)
{
    const QByteArray file =
        pr::test::readFile(pr::test::testCa().path(QStringLiteral("signer.p12")));
    const pr::crypto::SecureBytes pkcs12(file.begin(), file.end());
    const pr::core::FixedClock clock(pr::test::demoNow());
    reg.write([&](pr::storage::SqliteDatabase& db) {
        pr::storage::SigningCertificateRepository::store(
            db, pr::storage::AuditContext{clock, QStringLiteral("eigenaar")}, pkcs12,
            std::string_view(pr::test::TestSigningCa::kPassword));
    });
}

void closeMessageBoxes(pr::gui::MainWindow& window)
{
    for (QMessageBox* box : window.findChildren<QMessageBox*>()) {
        box->close();
    }
}

pr::gui::DetailPane* agreementDetails(const pr::test::DemoWindow& window)
{
    return window->pages().listPage(EntityKind::Agreement)->detailPane();
}

// Shows agreement ID afresh, as a user does by clicking it after a change elsewhere.
void reselect(const pr::test::DemoWindow& window, qint64 id)
{
    REQUIRE(window->pages().showRecord(EntityKind::Agreement, 1));
    REQUIRE(window->pages().showRecord(EntityKind::Agreement, id));
}

void waitForPreview(pr::gui::DocumentsPage& documents, int renders)
{
    documents.renderNow();
    REQUIRE(QTest::qWaitFor(
        [&] {
            const QPdfDocument* pdf = documents.preview()->pdfDocument();
            return documents.renderCount() > renders && pdf != nullptr &&
                   pdf->status() == QPdfDocument::Status::Ready;
        },
        30000));
}

void screenshot(QWidget& widget, const QString& name)
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const QString folder = QStringLiteral(PR_BINARY_DIR "/screenshots");
    QDir().mkpath(folder);
    CHECK(widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

} // namespace

TEST_CASE("A signed agreement shows its signed version, warns when the register changed, and "
          "offers a new version",
          "[gui][signing][agreement][signed-record]")
{
    pr::test::DemoWindow window(pr::storage::OpenMode::ReadWrite, storeCertificate);
    auto* actions = window->findChild<AgreementActions*>(QStringLiteral("agreementActions"));
    REQUIRE(actions != nullptr);
    REQUIRE(window->pages().showRecord(EntityKind::Agreement, kSent));
    CHECK(actions->openSignedButton()->isHidden());
    CHECK(actions->newVersionButton()->isHidden());

    QTemporaryDir dir;
    REQUIRE(actions->signWithCertificate(dir.filePath(QStringLiteral("copy.pdf"))));
    closeMessageBoxes(*window);
    const pr::core::Agreement signedOne =
        AgreementRepository::find(window->currentRegister().database(), kSent).value();
    const QString sha256 = pr::core::SignedVersion::sha256Of(signedOne.firmSignedPdf);

    // The details: the signed version with its digest, unchanged, no warning.
    reselect(window, kSent);
    pr::gui::DetailPane* details = agreementDetails(window);
    CHECK(details->value(QStringLiteral("Signed version")).contains(sha256));
    CHECK(details->warning().isEmpty());
    CHECK_FALSE(actions->openSignedButton()->isHidden());
    CHECK_FALSE(actions->newVersionDraftButton()->isHidden());
    CHECK_FALSE(actions->newVersionButton()->isHidden());

    // Open signed version: Documenten shows, prints and saves exactly the stored PDF.
    pr::gui::DocumentsPage* documents = window->pages().documentsPage();
    const int renders = documents->renderCount();
    REQUIRE(actions->openInDocuments(kSent, false));
    waitForPreview(*documents, renders);
    CHECK(documents->signedAgreementBar()->isVisible());
    CHECK(documents->signedAgreementBar()->text().contains(sha256));
    const QString saved = dir.filePath(QStringLiteral("saved.pdf"));
    REQUIRE(documents->saveTo(saved));
    CHECK(pr::test::readFile(saved) == signedOne.firmSignedPdf);
    screenshot(*window, QStringLiteral("signed-agreement-documents"));

    // The draft of a new version is today's register, not the stored bytes.
    REQUIRE(actions->openInDocuments(kSent, true));
    waitForPreview(*documents, documents->renderCount());
    CHECK(documents->request().newVersionDraft);
    const QString draft = dir.filePath(QStringLiteral("draft.pdf"));
    REQUIRE(documents->saveTo(draft));
    CHECK(pr::test::readFile(draft) != signedOne.firmSignedPdf);
    documents->signedAgreementBar()->setNewVersionDraft(false);

    // The register changes after signing: the details warn and list what changed.
    auto* editor = window->findChild<pr::gui::RegisterEditor*>();
    REQUIRE(editor != nullptr);
    const pr::core::SecurityMeasure measure =
        pr::storage::SecurityMeasureRepository::all(window->currentRegister().database())
            .constFirst();
    pr::core::SecurityMeasure renamed = measure;
    renamed.title += QStringLiteral(" (vernieuwd)");
    using MeasureVersion = pr::usecases::RecordVersionOf<pr::storage::SecurityMeasureRepository,
                                                         pr::core::SecurityMeasure>;
    const MeasureVersion stored(EntityKind::SecurityMeasure, measure, measure.title);
    MeasureVersion changed(EntityKind::SecurityMeasure, renamed, renamed.title);
    REQUIRE(pr::usecases::RecordChanges::save(editor->context(), &stored, changed).changed());
    window->showSection(pr::gui::Section::ClientsAndAgreements);
    reselect(window, kSent);
    INFO(details->warning().toStdString());
    CHECK_FALSE(details->warning().isEmpty());
    CHECK(details->warning().contains(renamed.title));
    screenshot(*window, QStringLiteral("signed-agreement-details"));

    // New version…: a draft of its own, one undo step; the signed one stays as it was.
    const qsizetype before = AgreementRepository::all(window->currentRegister().database()).size();
    REQUIRE(actions->addNewVersion(kSent));
    closeMessageBoxes(*window);
    const QList<pr::core::Agreement> after =
        AgreementRepository::all(window->currentRegister().database());
    REQUIRE(after.size() == before + 1);
    CHECK(AgreementRepository::find(window->currentRegister().database(), kSent) == signedOne);
    window->findChild<QUndoStack*>()->undo();
    CHECK(AgreementRepository::all(window->currentRegister().database()).size() == before);
}
