// The signing certificate on the Organisation page (issue 7): choosing a PKCS#12 file through
// the password dialog, the refusals, what the panel shows, undo, removal and read-only mode.

#include "gui/signing/CertificatePanel.h"

#include "GuiTestSupport.h"
#include "crypto/signing/SigningCredentials.h"
#include "crypto/signing/SigningError.h"
#include "gui/signing/CertificatePasswordDialog.h"
#include "gui/signing/SigningErrorText.h"
#include "storage/repositories/SigningCertificateRepository.h"
#include "support/TestSettings.h"
#include "support/TestSigningCa.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>

#include <catch2/catch.hpp>

using pr::crypto::SigningError;
using pr::gui::CertificatePanel;
using pr::gui::CertificatePasswordDialog;
using pr::storage::SigningCertificateRepository;
using pr::test::bytesOf;
using pr::test::testCa;

namespace {

QString signerFingerprint()
{
    const auto credentials = pr::crypto::SigningCredentials::fromPkcs12(
        bytesOf(testCa().signerPkcs12()), pr::test::TestSigningCa::kPassword, std::nullopt);
    return QString::fromStdString(credentials.certificate().sha256Fingerprint);
}

CertificatePanel& panelOf(pr::gui::MainWindow& window)
{
    window.showSection(pr::gui::Section::Organisation);
    auto* panel = window.findChild<CertificatePanel*>();
    REQUIRE(panel != nullptr);
    REQUIRE(panel->isVisible());
    return *panel;
}

QString shown(const CertificatePanel& panel, const char* name)
{
    auto* label = panel.findChild<QLabel*>(QLatin1String(name));
    REQUIRE(label != nullptr);
    return label->isVisibleTo(&panel) ? label->text() : QString();
}

QPushButton* button(const CertificatePanel& panel, const char* name)
{
    auto* found = panel.findChild<QPushButton*>(QLatin1String(name));
    REQUIRE(found != nullptr);
    return found;
}

// Types PASSWORD into the open dialog and presses OK.
void enterPassword(CertificatePasswordDialog& dialog, const QString& password)
{
    auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    REQUIRE(edit != nullptr);
    pr::test::type(edit, password);
    dialog.accept();
}

// Chooses FILE of the test CA with its right password; true when the dialog closed.
bool choose(CertificatePanel& panel, const QString& file)
{
    const QPointer<CertificatePasswordDialog> dialog = panel.startImport(testCa().path(file));
    REQUIRE(dialog != nullptr);
    enterPassword(*dialog, QLatin1String(pr::test::TestSigningCa::kPassword));
    return QTest::qWaitFor([&] { return dialog.isNull(); });
}

QString refusal(SigningError::Reason reason)
{
    return pr::gui::SigningErrorText::message(SigningError(reason, "test"));
}

bool stored(const pr::gui::MainWindow& window)
{
    return SigningCertificateRepository::exists(window.currentRegister().database());
}

} // namespace

TEST_CASE("A wrong certificate password is refused in the dialog and nothing is stored, the "
          "right one stores the certificate",
          "[gui][signing]")
{
    const pr::test::DemoRegister demo;
    const pr::core::FixedClock clock(pr::test::demoNow());
    {
        auto* window = new pr::gui::MainWindow(demo.open(), clock, pr::test::testSettings());
        window->show();
        CertificatePanel& panel = panelOf(*window);
        CHECK(shown(panel, "noneLabel") != QString());
        CHECK_FALSE(button(panel, "removeButton")->isVisible());

        const QPointer<CertificatePasswordDialog> dialog =
            panel.startImport(testCa().path(QStringLiteral("signer.p12")));
        REQUIRE(dialog != nullptr);
        REQUIRE(QTest::qWaitForWindowExposed(dialog.data()));
        enterPassword(*dialog, QStringLiteral("not the password"));
        CHECK(dialog->isVisible());
        CHECK(dialog->errorText() == refusal(SigningError::Reason::WrongPassword));
        // The failed try leaves no password in the field.
        CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->text().isEmpty());
        CHECK_FALSE(stored(*window));
        CHECK(window->undoStack()->count() == 0);

        enterPassword(*dialog, QLatin1String(pr::test::TestSigningCa::kPassword));
        REQUIRE(QTest::qWaitFor([&] { return dialog.isNull(); }));
        CHECK(stored(*window));
        CHECK(shown(panel, "holderValue") == QStringLiteral("Jan de Vries"));
        CHECK(shown(panel, "issuerValue").contains(QStringLiteral("CN=Test Root CA")));
        CHECK(shown(panel, "fingerprintValue") == signerFingerprint());
        CHECK(shown(panel, "validityValue") != QString());
        CHECK(panel.warningText().isEmpty());
        CHECK(shown(panel, "noneLabel").isEmpty());
        CHECK(button(panel, "removeButton")->isEnabled());
        delete window;
    }
    // Reopened: the certificate is inside the register file.
    const auto reg = demo.open(pr::storage::OpenMode::ReadOnly);
    const auto info = SigningCertificateRepository::info(reg->database());
    REQUIRE(info.has_value());
    CHECK(QString::fromStdString(info->sha256Fingerprint) == signerFingerprint());
}

TEST_CASE("Unusable certificate files are refused with their reason", "[gui][signing]")
{
    pr::test::DemoWindow window;
    CertificatePanel& panel = panelOf(*window);
    // A certificate outside its validity is refused with its dates, a weak key with its size.
    const std::vector<std::pair<QString, QString>> files{
        {QStringLiteral("expired.p12"),
         QStringLiteral("This certificate has expired: it was valid from 01-01-2020 to "
                        "01-01-2021.")},
        {QStringLiteral("future.p12"),
         QStringLiteral("This certificate is not valid yet: it is valid from 01-01-2040 to "
                        "01-01-2041.")},
        {QStringLiteral("weak-rsa.p12"),
         QStringLiteral("The RSA key of this certificate has 1024 bits; signatures need at "
                        "least 2048 bits")},
        {QStringLiteral("weak-ec.p12"),
         QStringLiteral("The EC key of this certificate has 192 bits; signatures need at least "
                        "256 bits")},
        {QStringLiteral("nokey.p12"), refusal(SigningError::Reason::NoPrivateKey)},
        {QStringLiteral("mismatch.p12"), refusal(SigningError::Reason::KeyMismatch)},
    };
    for (const auto& [file, said] : files) {
        CAPTURE(file.toStdString());
        const QPointer<CertificatePasswordDialog> dialog = panel.startImport(testCa().path(file));
        REQUIRE(dialog != nullptr);
        enterPassword(*dialog, QLatin1String(pr::test::TestSigningCa::kPassword));
        CHECK(dialog->errorText().startsWith(said));
        dialog->reject();
        REQUIRE(QTest::qWaitFor([&] { return dialog.isNull(); }));
        CHECK_FALSE(stored(*window));
    }

    // Not a PKCS#12 file at all: said at once, without asking a password.
    CHECK(panel.startImport(testCa().path(QStringLiteral("ca.pem"))) == nullptr);
    QMessageBox* message = pr::test::openMessage(*window);
    REQUIRE(message != nullptr);
    CHECK(message->text() == refusal(SigningError::Reason::NotPkcs12));
    pr::test::answer(message, QMessageBox::AcceptRole);
    CHECK_FALSE(stored(*window));
    CHECK(window->undoStack()->count() == 0);
}

TEST_CASE("Choosing and removing the certificate can be undone", "[gui][signing]")
{
    pr::test::DemoWindow window;
    CertificatePanel& panel = panelOf(*window);
    REQUIRE(choose(panel, QStringLiteral("signer.p12")));
    REQUIRE(stored(*window));

    window->undoStack()->undo();
    CHECK_FALSE(stored(*window));
    CHECK(shown(panel, "noneLabel") != QString());
    window->undoStack()->redo();
    CHECK(stored(*window));
    CHECK(shown(panel, "fingerprintValue") == signerFingerprint());

    button(panel, "removeButton")->click();
    QMessageBox* question = pr::test::openMessage(*window);
    REQUIRE(question != nullptr);
    pr::test::answer(question, QMessageBox::RejectRole);
    CHECK(stored(*window));

    button(panel, "removeButton")->click();
    pr::test::answer(pr::test::openMessage(*window), QMessageBox::DestructiveRole);
    CHECK_FALSE(stored(*window));
    CHECK(shown(panel, "fingerprintValue").isEmpty());
    CHECK_FALSE(button(panel, "removeButton")->isVisible());

    window->undoStack()->undo();
    CHECK(stored(*window));
    CHECK(shown(panel, "holderValue") == QStringLiteral("Jan de Vries"));
}

TEST_CASE("The panel warns when the certificate expires within 30 days or has expired",
          "[gui][signing]")
{
    pr::test::DemoWindow window;
    CertificatePanel& panel = panelOf(*window);
    REQUIRE(choose(panel, QStringLiteral("signer.p12")));
    CHECK(panel.warningText().isEmpty());

    // The signer is valid until 1 January 2045.
    window.clock().set(QDateTime(QDate(2044, 11, 20), QTime(12, 0)));
    panel.reload();
    CHECK(panel.warningText().isEmpty());
    window.clock().set(QDateTime(QDate(2044, 12, 15), QTime(12, 0)));
    panel.reload();
    const QString soon = panel.warningText();
    CHECK_FALSE(soon.isEmpty());
    window.clock().set(QDateTime(QDate(2045, 2, 1), QTime(12, 0)));
    panel.reload();
    CHECK_FALSE(panel.warningText().isEmpty());
    CHECK(panel.warningText() != soon);
    // Still shown, so that the user sees which certificate to replace.
    CHECK(shown(panel, "fingerprintValue") == signerFingerprint());
}

TEST_CASE("A read-only register offers no certificate buttons", "[gui][signing]")
{
    pr::test::DemoWindow window(pr::storage::OpenMode::ReadOnly, [](pr::storage::Register& reg) {
        const pr::core::FixedClock clock(pr::test::demoNow());
        reg.write([&](pr::storage::SqliteDatabase& db) {
            SigningCertificateRepository::store(
                db, pr::storage::AuditContext{clock, QStringLiteral("eigenaar")},
                bytesOf(testCa().signerPkcs12()), pr::test::TestSigningCa::kPassword);
        });
    });
    CertificatePanel& panel = panelOf(*window);
    CHECK(shown(panel, "holderValue") == QStringLiteral("Jan de Vries"));
    CHECK_FALSE(button(panel, "chooseButton")->isEnabled());
    CHECK_FALSE(button(panel, "removeButton")->isEnabled());
    CHECK(panel.startImport(testCa().path(QStringLiteral("signer.p12"))) == nullptr);
}
