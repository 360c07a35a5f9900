// "Check signature…" (issue 7): the dialog over report::verifyPdfSignatures, for a PDF signed
// with report::signPdf, the same PDF with one signed byte changed, an unsigned PDF and a file
// that is no PDF.

#include "gui/signing/SignatureCheckDialog.h"

#include "GuiTestSupport.h"
#include "crypto/signing/SigningCredentials.h"
#include "report/signing/PdfSigner.h"
#include "support/TestSigningCa.h"

#include <QBuffer>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPdfWriter>
#include <QTableWidget>
#include <QTimeZone>

#include <catch2/catch.hpp>

using pr::gui::SignatureCheckDialog;
using pr::test::bytesOf;
using pr::test::testCa;

namespace {

// A one-page PDF made in memory.
QByteArray plainPdf()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("SignatureCheckDialogTest"));
        QPainter painter(&writer);
        painter.drawText(QPointF(100, 100), QStringLiteral("Verwerkersovereenkomst"));
    }
    return buffer.data();
}

// Signed with the test CA's signer, or with the PKCS#12 file PKCS12 loaded as a signature
// made elsewhere would be (no check of its key).
QByteArray signedPdf(const QString& pkcs12 = {})
{
    const auto credentials =
        pkcs12.isEmpty()
            ? pr::crypto::SigningCredentials::fromPkcs12(bytesOf(testCa().signerPkcs12()),
                                                         pr::test::TestSigningCa::kPassword,
                                                         pr::test::TestSigningCa::testNow())
            : pr::crypto::SigningCredentials::fromPkcs12(bytesOf(testCa().bytes(pkcs12)),
                                                         pr::test::TestSigningCa::kPassword,
                                                         std::nullopt);
    pr::report::PdfSignatureRequest request;
    request.signingTime = QDateTime(QDate(2026, 11, 21), QTime(12, 0), QTimeZone::utc());
    request.location = QStringLiteral("Utrecht");
    return pr::report::signPdf(plainPdf(), credentials, request);
}

class PdfFile {
public:
    explicit PdfFile(const QByteArray& content)
        : m_path(m_dir.filePath(QStringLiteral("document.pdf")))
    {
        QFile file(m_path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(content) == content.size());
    }
    const QString& path() const { return m_path; }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QString statusCodeAt(const SignatureCheckDialog& dialog, int row)
{
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("signaturesTable"));
    REQUIRE(table != nullptr);
    REQUIRE(table->item(row, 0) != nullptr);
    return table->item(row, 0)->data(Qt::UserRole).toString();
}

} // namespace

TEST_CASE("The signature check shows a PDF signed by the program as valid", "[gui][signing]")
{
    QWidget parent;
    const PdfFile pdf(signedPdf());
    const QPointer<SignatureCheckDialog> dialog =
        SignatureCheckDialog::showFor(pdf.path(), &parent);
    REQUIRE(dialog != nullptr);
    CHECK(dialog->verdict() == SignatureCheckDialog::Verdict::AllValid);
    REQUIRE(dialog->checks().size() == 1);
    CHECK(statusCodeAt(*dialog, 0) == QStringLiteral("valid"));
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("signaturesTable"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("Jan de Vries"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("Ondertekening verwerkersovereenkomst"));
    CHECK(table->item(0, 4)->data(Qt::UserRole).toBool());
    CHECK_FALSE(table->item(0, 2)->text().isEmpty());
    dialog->reject();
    CHECK(QTest::qWaitFor([&] { return dialog.isNull(); }));
}

TEST_CASE("The signature check warns about a signature made with a weak key", "[gui][signing]")
{
    QWidget parent;
    for (const bool weak : {false, true}) {
        const PdfFile pdf(signedPdf(weak ? QStringLiteral("weak-rsa.p12") : QString()));
        SignatureCheckDialog* dialog = SignatureCheckDialog::showFor(pdf.path(), &parent);
        REQUIRE(dialog != nullptr);
        // Intact all the same: the warning is in the signature's details.
        CHECK(dialog->verdict() == SignatureCheckDialog::Verdict::AllValid);
        auto* details = dialog->findChild<QLabel*>(QStringLiteral("detailLabel"));
        REQUIRE(details != nullptr);
        CHECK(details->text().contains(
                  QStringLiteral("Warning: the signer's RSA key has 1024 bits, fewer than the "
                                 "2048 a signature needs.")) == weak);
        dialog->reject();
    }
}

TEST_CASE("The signature check shows a changed byte in the signed range as a digest mismatch",
          "[gui][signing]")
{
    QByteArray changed = signedPdf();
    // A letter of the information dictionary of the original revision: inside the signed
    // range, and a change the PDF still loads with.
    const qsizetype at = changed.indexOf("/Producer");
    REQUIRE(at > 0);
    const qsizetype letter = changed.indexOf('(', at) + 1;
    changed[letter] = changed[letter] == 'X' ? 'Y' : 'X';
    QWidget parent;
    const PdfFile pdf(changed);
    SignatureCheckDialog* dialog = SignatureCheckDialog::showFor(pdf.path(), &parent);
    REQUIRE(dialog != nullptr);
    CHECK(dialog->verdict() == SignatureCheckDialog::Verdict::SomeInvalid);
    CHECK(statusCodeAt(*dialog, 0) == QStringLiteral("digest-mismatch"));
}

TEST_CASE("The signature check says so when a PDF holds no signature or is no PDF",
          "[gui][signing]")
{
    QWidget parent;
    const PdfFile unsignedPdf(plainPdf());
    SignatureCheckDialog* dialog = SignatureCheckDialog::showFor(unsignedPdf.path(), &parent);
    REQUIRE(dialog != nullptr);
    CHECK(dialog->verdict() == SignatureCheckDialog::Verdict::NoSignatures);
    CHECK(dialog->checks().empty());
    dialog->reject();

    const PdfFile text("This is no PDF at all.\n");
    CHECK(SignatureCheckDialog::showFor(text.path(), &parent) == nullptr);
    QMessageBox* message = pr::test::openMessage(parent);
    REQUIRE(message != nullptr);
    CHECK(message->objectName() == QStringLiteral("signatureCheckRefusal"));
}

TEST_CASE("The main window's File menu checks signatures", "[gui][signing]")
{
    pr::test::DemoWindow window;
    auto* action = window->findChild<QAction*>(QStringLiteral("checkSignatureAction"));
    REQUIRE(action != nullptr);
    CHECK(action->isEnabled());
    CHECK(window->menuBar()
              ->findChild<QMenu*>(QStringLiteral("fileMenu"))
              ->actions()
              .contains(action));
}
