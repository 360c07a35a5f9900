// Signing an agreement from its details with the register's certificate records the step
// "signed by us" (date and who), keeps the signed PDF with the agreement, confirms it, and is
// one undo step.

#include "GuiTestSupport.h"
#include "gui/editing/AgreementActions.h"
#include "gui/pages/SectionPages.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/SigningCertificateRepository.h"
#include "support/TestSigningCa.h"

#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <string_view>

using pr::core::EntityKind;
using pr::core::SigningState;
using pr::gui::AgreementActions;
using pr::storage::AgreementRepository;

namespace {

// The demo's agreement with Stichting Buurtwerk Oostwijk: sent, not signed yet.
constexpr qint64 kSent = 3;

// Puts the test CA's signer certificate into REG, as the certificate panel would.
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

pr::core::Agreement stored(const pr::test::DemoWindow& window, qint64 id)
{
    const auto agreement = AgreementRepository::find(window->currentRegister().database(), id);
    REQUIRE(agreement.has_value());
    return *agreement;
}

} // namespace

TEST_CASE("Signing with the certificate records the firm's signature, keeps the PDF and confirms",
          "[gui][signing][agreement]")
{
    pr::test::DemoWindow window(pr::storage::OpenMode::ReadWrite, storeCertificate);
    auto* actions = window->findChild<AgreementActions*>(QStringLiteral("agreementActions"));
    REQUIRE(actions != nullptr);
    REQUIRE(window->pages().showRecord(EntityKind::Agreement, kSent));
    REQUIRE_FALSE(actions->signWithCertificateButton()->isHidden());
    const pr::core::Agreement before = stored(window, kSent);
    REQUIRE(before.signingState == SigningState::Sent);

    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("getekend.pdf"));
    REQUIRE(actions->signWithCertificate(copy));

    const pr::core::Agreement after = stored(window, kSent);
    CHECK(after.signingState == SigningState::SignedByFirm);
    CHECK(after.firmSignatory.date == window.clock().today());
    CHECK_FALSE(after.firmSignatory.name.isEmpty());
    CHECK(after.firmSignedPdf.startsWith("%PDF-"));
    CHECK(pr::test::readFile(copy) == after.firmSignedPdf);
    CHECK_FALSE(window->currentRegister().hasUnsavedChanges());

    auto* confirmation = window->findChild<QMessageBox*>(QStringLiteral("agreementSigned"));
    REQUIRE(confirmation != nullptr);
    CHECK(confirmation->text().contains(after.firmSignatory.name));
    // Signed now: no second signature, and the kept PDF can be saved again.
    CHECK(actions->signWithCertificateButton()->isHidden());
    CHECK_FALSE(actions->savePdfButton()->isHidden());

    window->undoStack()->undo();
    CHECK(stored(window, kSent) == before);
}
