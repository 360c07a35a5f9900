// Signing a rendered DPA as PAdES B-B, checked with a real verifier (poppler's pdfsig, with
// and without an NSS trust database) and with our own verifier.

#include "crypto/signing/SigningCredentials.h"
#include "report/DocumentTestSupport.h"
#include "report/PdfTestSupport.h"
#include "report/signing/PdfFileSigner.h"
#include "report/signing/PdfSignatureVerifier.h"
#include "report/signing/PdfSigner.h"
#include "report/signing/PdfSigningError.h"
#include "storage/file/AtomicFile.h"
#include "support/TestSigningCa.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include <span>

using pr::report::DocumentFormat;
using pr::report::DocumentKind;
using pr::report::PdfSignatureCheck;
using pr::test::bytesOf;
using pr::test::testCa;

namespace {

pr::crypto::SigningCredentials signerCredentials()
{
    return pr::crypto::SigningCredentials::fromPkcs12(bytesOf(testCa().signerPkcs12()),
                                                      pr::test::TestSigningCa::kPassword,
                                                      pr::test::TestSigningCa::testNow());
}

// The demo firm's DPA for De Zonnehoek, rendered once for all tests of this file.
const QByteArray& renderedDpa()
{
    static const QByteArray pdf = [] {
        const pr::test::DemoRegister demo;
        return demo.render(
            pr::test::request(DocumentKind::Dpa, DocumentFormat::Pdf, pr::test::kZonnehoek));
    }();
    return pdf;
}

pr::report::PdfSignatureRequest signatureRequest(int minute = 0)
{
    pr::report::PdfSignatureRequest request;
    request.signingTime = QDateTime(QDate(2026, 11, 21), QTime(12, minute), QTimeZone::utc());
    request.location = QStringLiteral("Utrecht");
    request.contactInfo = QStringLiteral("info@voorbeeld-it.nl");
    return request;
}

QByteArray signedDpa()
{
    return pr::report::signPdf(renderedDpa(), signerCredentials(), signatureRequest());
}

struct ToolOutput {
    int exitCode = -1;
    QString text;
};

ToolOutput runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

ToolOutput pdfsig(const QByteArray& pdf, const QStringList& options = {})
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("signed.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(pdf) == pdf.size());
    file.close();
    return runTool(QStringLiteral("pdfsig"), options + QStringList{path});
}

// The CMS of the Nth signature (0-based), as our verifier found it.
QByteArray cmsOf(const QByteArray& pdf, std::size_t index)
{
    const auto checks = pr::report::verifyPdfSignatures(pdf);
    REQUIRE(checks.size() > index);
    const auto& range = checks[index].byteRange;
    const qint64 start = range[0] + range[1] + 1;
    return QByteArray::fromHex(pdf.mid(start, range[2] - 1 - start));
}

} // namespace

TEST_CASE("a signed DPA is an incremental update of the rendered DPA", "[pades]")
{
    const QByteArray signedPdf = signedDpa();
    CHECK(signedPdf.startsWith(renderedDpa()));
    CHECK(signedPdf.size() > renderedDpa().size());
    // The signed file still reads as the same document.
    const pr::test::PdfFile file(signedPdf);
    CHECK(file.info(QStringLiteral("Pages")) ==
          pr::test::PdfFile(renderedDpa()).info(QStringLiteral("Pages")));
}

TEST_CASE("pdfsig says the signature of a signed DPA is valid, as PAdES", "[pades]")
{
    const ToolOutput output = pdfsig(signedDpa());
    INFO(output.text.toStdString());
    CHECK(output.text.contains(QStringLiteral("Signature is Valid.")));
    CHECK(output.text.contains(QStringLiteral("Jan de Vries")));
    CHECK(output.text.contains(QStringLiteral("ETSI.CAdES.detached")));
    CHECK(output.text.contains(QStringLiteral("SHA-256")));
    CHECK(output.text.contains(QStringLiteral("Total document signed")));
}

TEST_CASE("with the test CA in an NSS database pdfsig trusts the certificate", "[pades]")
{
    QTemporaryDir nss;
    const QString db = QStringLiteral("sql:") + nss.path();
    REQUIRE(runTool(QStringLiteral("certutil"),
                    {QStringLiteral("-N"), QStringLiteral("--empty-password"), QStringLiteral("-d"),
                     db})
                .exitCode == 0);
    REQUIRE(runTool(QStringLiteral("certutil"),
                    {QStringLiteral("-A"), QStringLiteral("-n"), QStringLiteral("Test Root CA"),
                     QStringLiteral("-t"), QStringLiteral("CT,C,C"), QStringLiteral("-i"),
                     testCa().path(QStringLiteral("ca.pem")), QStringLiteral("-d"), db})
                .exitCode == 0);
    const ToolOutput output = pdfsig(signedDpa(), {QStringLiteral("-nssdir"), db});
    INFO(output.text.toStdString());
    CHECK(output.text.contains(QStringLiteral("Signature is Valid.")));
    CHECK(output.text.contains(QStringLiteral("Certificate is Trusted.")));
}

TEST_CASE("the CMS has signing-certificate-v2 and no signingTime attribute", "[pades]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("signature.der"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(cmsOf(signedDpa(), 0));
    file.close();
    const ToolOutput printed =
        runTool(QStringLiteral("openssl"),
                {QStringLiteral("cms"), QStringLiteral("-cmsout"), QStringLiteral("-print"),
                 QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"), path});
    INFO(printed.text.toStdString());
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.text.contains(QStringLiteral("id-smime-aa-signingCertificateV2")));
    CHECK(printed.text.contains(QStringLiteral("messageDigest")));
    CHECK_FALSE(printed.text.contains(QStringLiteral("signingTime")));
    CHECK(printed.text.contains(QStringLiteral("sha256")));
    // The chain: the signer's certificate and the CA's.
    CHECK(printed.text.contains(QStringLiteral("Test Root CA")));
}

TEST_CASE("the signature dictionary carries /M, reason, location and contact info", "[pades]")
{
    const QByteArray signedPdf = signedDpa();
    const QByteArray update = signedPdf.mid(renderedDpa().size());
    CHECK(update.contains("/Filter/Adobe.PPKLite"));
    CHECK(update.contains("/SubFilter/ETSI.CAdES.detached"));
    // /M of the signature and of its widget: the injected time, never the computer's clock.
    CHECK(update.count("/M(D:20261121120000+00'00')") == 2);
    CHECK(update.contains("/Reason(Ondertekening verwerkersovereenkomst)"));
    CHECK(update.contains("(Utrecht)"));
    CHECK(update.contains("(info@voorbeeld-it.nl)"));
    CHECK(update.contains("/Type/Sig"));

    const auto checks = pr::report::verifyPdfSignatures(signedPdf);
    REQUIRE(checks.size() == 1);
    CHECK(checks[0].status == PdfSignatureCheck::Status::Valid);
    CHECK(checks[0].coversWholeFile);
    CHECK(checks[0].signerName == QStringLiteral("Jan de Vries"));
    CHECK(checks[0].signingTime == QDateTime(QDate(2026, 11, 21), QTime(12, 0), QTimeZone::utc()));
    CHECK(checks[0].reason == QStringLiteral("Ondertekening verwerkersovereenkomst"));
    CHECK(checks[0].location == QStringLiteral("Utrecht"));
    CHECK(checks[0].subFilter == QStringLiteral("ETSI.CAdES.detached"));
    REQUIRE(checks[0].cms.has_value());
    CHECK_FALSE(checks[0].cms->hasSigningTimeAttribute);
    CHECK(checks[0].cms->hasSigningCertificateV2);
    CHECK(pr::report::allSignaturesValid(checks));
    // Trust: the test CA is an anchor, a foreign PEM is not.
    const auto trusted = pr::report::verifyPdfSignatures(signedPdf, testCa().caPem().toStdString());
    REQUIRE(trusted[0].cms->chainTrusted.has_value());
    CHECK(*trusted[0].cms->chainTrusted);
    const auto untrusted = pr::report::verifyPdfSignatures(
        signedPdf, testCa().bytes(QStringLiteral("expired.pem")).toStdString());
    CHECK_FALSE(untrusted[0].cms->chainTrusted.value_or(true));
}

TEST_CASE("one changed byte in the signed range is a digest mismatch for pdfsig and for us",
          "[pades]")
{
    QByteArray signedPdf = signedDpa();
    // A byte of the document's information dictionary in the original revision: inside the
    // signed range, and a change PDF readers still load.
    const qsizetype at = signedPdf.indexOf("/Producer");
    REQUIRE(at > 0);
    const qsizetype letter = signedPdf.indexOf('(', at) + 1;
    signedPdf[letter] = signedPdf[letter] == 'X' ? 'Y' : 'X';

    const ToolOutput output = pdfsig(signedPdf);
    INFO(output.text.toStdString());
    CHECK(output.text.contains(QStringLiteral("Digest Mismatch.")));
    CHECK_FALSE(output.text.contains(QStringLiteral("Signature is Valid.")));

    const auto checks = pr::report::verifyPdfSignatures(signedPdf);
    REQUIRE(checks.size() == 1);
    CHECK(checks[0].status == PdfSignatureCheck::Status::DigestMismatch);
    CHECK_FALSE(pr::report::allSignaturesValid(checks));
}

TEST_CASE("a second signature keeps the first one valid", "[pades]")
{
    const QByteArray once = signedDpa();
    const QByteArray twice = pr::report::signPdf(once, signerCredentials(), signatureRequest(30));
    CHECK(twice.startsWith(once));

    const ToolOutput output = pdfsig(twice);
    INFO(output.text.toStdString());
    CHECK(output.text.count(QStringLiteral("Signature is Valid.")) == 2);

    const auto checks = pr::report::verifyPdfSignatures(twice);
    REQUIRE(checks.size() == 2);
    CHECK(checks[0].status == PdfSignatureCheck::Status::Valid);
    CHECK_FALSE(checks[0].coversWholeFile);
    CHECK(checks[1].status == PdfSignatureCheck::Status::Valid);
    CHECK(checks[1].coversWholeFile);
    CHECK(checks[0].fieldName != checks[1].fieldName);
    CHECK(checks[1].signingTime == QDateTime(QDate(2026, 11, 21), QTime(12, 30), QTimeZone::utc()));
    CHECK(pr::report::allSignaturesValid(checks));

    // Bytes appended after the last signature are not covered: not all valid any more.
    CHECK_FALSE(
        pr::report::allSignaturesValid(pr::report::verifyPdfSignatures(twice + "\n% appended\n")));
}

TEST_CASE("an unsigned PDF has no signatures and is not 'all valid'", "[pades]")
{
    const auto checks = pr::report::verifyPdfSignatures(renderedDpa());
    CHECK(checks.empty());
    CHECK_FALSE(pr::report::allSignaturesValid(checks));
    CHECK_THROWS_AS(pr::report::verifyPdfSignatures("not a pdf"), pr::report::PdfSigningError);
}

TEST_CASE("signing refuses what is not a PDF and leaves no output file", "[pades]")
{
    CHECK_THROWS_AS(pr::report::signPdf("plain text", signerCredentials(), signatureRequest()),
                    pr::report::PdfSigningError);

    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("in.pdf"));
    const QString output = dir.filePath(QStringLiteral("out.pdf"));
    QFile file(input);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4 broken");
    file.close();
    CHECK_THROWS_AS(pr::report::signPdfFile(input, output, signerCredentials(), signatureRequest()),
                    pr::report::PdfSigningError);
    CHECK_FALSE(QFile::exists(output));
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 1);
}

TEST_CASE("signing a file never overwrites its input", "[pades]")
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("dpa.pdf"));
    QFile file(input);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(renderedDpa());
    file.close();
    CHECK_THROWS_AS(pr::report::signPdfFile(input, dir.filePath(QStringLiteral("./dpa.pdf")),
                                            signerCredentials(), signatureRequest()),
                    pr::report::PdfSigningError);
    CHECK(pr::storage::AtomicFile::read(input) == renderedDpa());

    const QString output = dir.filePath(QStringLiteral("dpa-signed.pdf"));
    pr::report::signPdfFile(input, output, signerCredentials(), signatureRequest());
    CHECK(pr::storage::AtomicFile::read(input) == renderedDpa());
    CHECK(pr::report::allSignaturesValid(
        pr::report::verifyPdfSignatures(pr::storage::AtomicFile::read(output))));
}
