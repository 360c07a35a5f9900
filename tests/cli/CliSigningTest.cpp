// `certificate`, `sign`, `render dpa --sign` and `verify-pdf` end to end: in-process where the
// command needs no QtGui, the real binary for rendering (its main() makes the
// QGuiApplication that PDF rendering needs).

#include "crypto/signing/SigningCredentials.h"
#include "report/signing/PdfFileSigner.h"
#include "support/CliDemoRegister.h"
#include "support/CliRunner.h"
#include "support/TestRegister.h"
#include "support/TestSigningCa.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::cli::ExitCode;
using pr::test::testCa;
using pr::test::TestSigningCa;

namespace {

// The demo register with the password files that `certificate import` reads.
struct SigningDemo : pr::test::CliDemoRegister {
    QString pkcs12PasswordFile = path(u"pkcs12-password"_s);
    QString wrongPasswordFile = path(u"wrong-password"_s);

    SigningDemo()
    {
        REQUIRE(
            pr::test::writeFile(pkcs12PasswordFile, QByteArray(TestSigningCa::kPassword) + '\n'));
        REQUIRE(pr::test::writeFile(wrongPasswordFile, "not the password\n"));
    }

    pr::test::CliResult import(const QString& file, const QString& passwordPath) const
    {
        return run({u"certificate"_s, u"import"_s, u"--pkcs12"_s, testCa().path(file),
                    u"--pkcs12-password-file"_s, passwordPath});
    }

    // `render dpa --client N --sign` with the real binary. Client 3's current agreement is
    // sent and not signed yet: the firm can sign it.
    int renderSigned(const QString& out, const QString& client = u"3"_s) const
    {
        QProcess process;
        process.start(QStringLiteral(PR_CLI_BINARY),
                      global() + QStringList{u"render"_s, u"dpa"_s, u"--client"_s, client,
                                             u"--sign"_s, u"--out"_s, out});
        REQUIRE(process.waitForFinished(120000));
        INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
        return process.exitCode();
    }
};

// `render dpa --client 3` with EXTRA, with the real binary; its standard output.
QString renderDpa(const SigningDemo& demo, const QString& out, const QStringList& extra = {})
{
    QProcess process;
    process.start(QStringLiteral(PR_CLI_BINARY),
                  demo.global() +
                      QStringList{u"render"_s, u"dpa"_s, u"--client"_s, u"3"_s, u"--out"_s, out} +
                      extra);
    REQUIRE(process.waitForFinished(120000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of each page of PDF (pdftotext, one call per page).
QStringList pageTexts(const QString& pdf)
{
    QStringList pages;
    for (int page = 1;; ++page) {
        QProcess text;
        text.start(u"pdftotext"_s,
                   {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), pdf, u"-"_s});
        REQUIRE(text.waitForFinished(60000));
        if (text.exitCode() != 0) {
            break; // past the last page
        }
        pages << QString::fromUtf8(text.readAllStandardOutput()).simplified();
    }
    return pages;
}

QJsonObject verifyJson(const QString& path)
{
    const auto result = pr::test::runCli({u"verify-pdf"_s, path, u"--json"_s});
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

} // namespace

TEST_CASE("certificate import refuses each unusable file with a clear message",
          "[cli][certificate]")
{
    const SigningDemo demo;
    const auto none = demo.run({u"certificate"_s, u"show"_s});
    CHECK(none.code == ExitCode::Failed);
    CHECK(none.err.contains(u"certificate import"_s));

    struct Case {
        QString file;
        bool wrongPassword;
        QString message;
    };
    for (const Case& bad :
         {Case{u"signer.p12"_s, true, u"password"_s}, Case{u"expired.p12"_s, false, u"expired"_s},
          Case{u"future.p12"_s, false, u"not valid yet"_s},
          Case{u"nokey.p12"_s, false, u"no private key"_s},
          Case{u"mismatch.p12"_s, false, u"does not belong"_s},
          Case{u"ca.pem"_s, false, u"not a PKCS#12"_s}}) {
        INFO(bad.file.toStdString());
        const auto result = demo.import(bad.file, bad.wrongPassword ? demo.wrongPasswordFile
                                                                    : demo.pkcs12PasswordFile);
        CHECK(result.code == ExitCode::Failed);
        CHECK(result.err.contains(bad.message));
    }
    CHECK(demo.run({u"certificate"_s, u"show"_s}).code == ExitCode::Failed);
    CHECK(demo.run({u"certificate"_s, u"import"_s}).code == ExitCode::UsageError);
    CHECK(demo.run({u"certificate"_s, u"renew"_s}).code == ExitCode::UsageError);
}

TEST_CASE("certificate import, show and remove", "[cli][certificate]")
{
    const SigningDemo demo;
    const auto imported = demo.import(u"signer.p12"_s, demo.pkcs12PasswordFile);
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == ExitCode::Success);
    CHECK(imported.out.contains(u"Jan de Vries"_s));

    const auto shown = demo.run({u"certificate"_s, u"show"_s, u"--json"_s});
    REQUIRE(shown.code == ExitCode::Success);
    const QJsonObject json = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    CHECK(json[u"subject"_s].toString() == u"CN=Jan de Vries,O=Voorbeeld IT B.V.,C=NL"_s);
    CHECK(json[u"issuer"_s].toString().contains(u"Test Root CA"_s));
    CHECK(json[u"notAfter"_s].toString() == u"2045-01-01T00:00:00Z"_s);
    CHECK(json[u"sha256Fingerprint"_s].toString().size() == 95);
    CHECK(json[u"validNow"_s].toBool());
    CHECK_FALSE(shown.out.contains(QLatin1String(TestSigningCa::kPassword)));

    // The export holds neither the file nor its password.
    const QString exported = demo.path(u"export.json"_s);
    REQUIRE(demo.run({u"export"_s, u"--out"_s, exported}).code == ExitCode::Success);
    const QByteArray exportText = pr::test::readFile(exported);
    REQUIRE_FALSE(exportText.isEmpty());
    CHECK_FALSE(exportText.contains(TestSigningCa::kPassword));
    CHECK_FALSE(exportText.contains(testCa().signerPkcs12().toBase64().left(40)));

    CHECK(demo.run({u"certificate"_s, u"remove"_s}).code == ExitCode::Success);
    CHECK(demo.run({u"certificate"_s, u"show"_s}).code == ExitCode::Failed);
}

TEST_CASE("render dpa --sign, sign again, and verify-pdf", "[cli][sign]")
{
    const SigningDemo demo;
    const QString once = demo.path(u"dpa-signed.pdf"_s);
    // Without a certificate: refused, and no file.
    CHECK(demo.renderSigned(once) == pr::cli::toInt(ExitCode::Failed));
    CHECK_FALSE(QFile::exists(once));

    REQUIRE(demo.import(u"signer.p12"_s, demo.pkcs12PasswordFile).code == ExitCode::Success);
    REQUIRE(demo.renderSigned(once) == 0);
    const auto verified = pr::test::runCli({u"verify-pdf"_s, once});
    INFO(verified.out.toStdString());
    CHECK(verified.code == ExitCode::Success);
    CHECK(verified.out.contains(u"Jan de Vries"_s));
    // Signing is the step "signed by us": recorded, with the signed PDF kept byte for byte.
    const auto state = demo.run({u"agreement-step"_s, u"--agreement"_s, u"3"_s});
    INFO(state.out.toStdString() + state.err.toStdString());
    CHECK(state.out.contains(u"state: signed-by-firm"_s));
    const auto shown = demo.run({u"show"_s, u"agreements"_s, u"3"_s, u"--json"_s});
    const QJsonObject agreement = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    CHECK(QByteArray::fromBase64(agreement[u"firmSignedPdf"_s].toString().toLatin1()) ==
          pr::test::readFile(once));
    // An agreement the firm signed already is not signed again: a new version is.
    const QString again = demo.path(u"dpa-again.pdf"_s);
    CHECK(demo.renderSigned(again) == pr::cli::toInt(ExitCode::Failed));
    CHECK(demo.renderSigned(again, u"1"_s) == pr::cli::toInt(ExitCode::Failed));
    CHECK_FALSE(QFile::exists(again));

    // A second signature, from the register's certificate, keeps the first valid.
    const QString twice = demo.path(u"dpa-twice.pdf"_s);
    const auto signedAgain = demo.run({u"sign"_s, u"--in"_s, once, u"--out"_s, twice});
    INFO(signedAgain.err.toStdString());
    REQUIRE(signedAgain.code == ExitCode::Success);
    const QJsonObject json = verifyJson(twice);
    CHECK(json[u"allValid"_s].toBool());
    const QJsonArray signatures = json[u"signatures"_s].toArray();
    REQUIRE(signatures.size() == 2);
    CHECK(signatures[0][u"status"_s].toString() == u"valid"_s);
    CHECK(signatures[1][u"status"_s].toString() == u"valid"_s);
    // The demo firm's city and the reason.
    CHECK(signatures[1][u"location"_s].toString() == u"Utrecht"_s);
    CHECK(signatures[1][u"reason"_s].toString() == u"Ondertekening verwerkersovereenkomst"_s);
    CHECK(signatures[1][u"signingTime"_s].toString().startsWith(u"2026-11-21T"_s));

    // One byte changed in the signed range: exit 1 and a digest mismatch.
    QByteArray tampered = pr::test::readFile(twice);
    const qsizetype at = tampered.indexOf("/Producer");
    REQUIRE(at > 0);
    tampered[tampered.indexOf('(', at) + 1] = 'X';
    const QString tamperedPath = demo.path(u"tampered.pdf"_s);
    REQUIRE(pr::test::writeFile(tamperedPath, tampered));
    CHECK(pr::test::runCli({u"verify-pdf"_s, tamperedPath}).code == ExitCode::Failed);
    CHECK(verifyJson(tamperedPath)[u"signatures"_s].toArray()[0][u"status"_s].toString() ==
          u"digest-mismatch"_s);

    // Not a PDF: damaged (4); a PDF without signatures: 1.
    const QString text = demo.path(u"text.pdf"_s);
    REQUIRE(pr::test::writeFile(text, "just text"));
    CHECK(pr::test::runCli({u"verify-pdf"_s, text}).code == ExitCode::DamagedFile);
}

TEST_CASE("render dpa of a signed agreement writes the signed PDF byte for byte; --draft the "
          "draft of a new version",
          "[cli][sign][signed-record]")
{
    const SigningDemo demo;
    REQUIRE(demo.import(u"signer.p12"_s, demo.pkcs12PasswordFile).code == ExitCode::Success);
    const QString signedPdf = demo.path(u"signed.pdf"_s);
    REQUIRE(demo.renderSigned(signedPdf) == 0);
    const QByteArray signedBytes = pr::test::readFile(signedPdf);

    // Rendered again (twice: a render is never it): the stored bytes, with their digest.
    const QString again = demo.path(u"again.pdf"_s);
    const QString said = renderDpa(demo, again);
    CHECK(pr::test::readFile(again) == signedBytes);
    const QString sha256 = QString::fromLatin1(
        QCryptographicHash::hash(signedBytes, QCryptographicHash::Sha256).toHex());
    CHECK(said.contains(sha256));
    // The real binary signs on the computer's day: whichever it was, both say the same.
    const QRegularExpressionMatch signedOn =
        QRegularExpression(u"signed on (\\d{4}-\\d{2}-\\d{2})"_s).match(said);
    REQUIRE(signedOn.hasMatch());
    renderDpa(demo, again, {u"--agreement"_s, u"3"_s});
    CHECK(pr::test::readFile(again) == signedBytes);

    // show: the signed version with its date, SHA-256 and signer, and that it is unchanged.
    const auto shown = demo.run({u"show"_s, u"agreements"_s, u"3"_s});
    INFO(shown.out.toStdString());
    CHECK(shown.out.contains(u"SHA-256: "_s + sha256));
    CHECK(shown.out.contains(u"signed on: "_s + signedOn.captured(1)));
    CHECK(shown.out.contains(u"signed by: M. de Boer"_s));
    CHECK(shown.out.contains(u"still makes the agreement that was signed"_s));
    CHECK_FALSE(shown.out.contains(QString::fromLatin1(signedBytes.toBase64().left(40))));

    // --draft: today's register, marked on every page, without the signature's date.
    const QString draft = demo.path(u"draft.pdf"_s);
    CHECK(renderDpa(demo, draft, {u"--draft"_s}).contains(u"draft of a new version"_s));
    CHECK(pr::test::readFile(draft) != signedBytes);
    const QStringList pages = pageTexts(draft);
    REQUIRE(pages.size() > 3);
    for (qsizetype page = 0; page < pages.size(); ++page) {
        INFO("page " << page + 1);
        CHECK(pages[page].contains(u"CONCEPT van een nieuwe versie – niet ondertekend"_s));
    }
    const QString all = pages.join(u' ');
    CHECK_FALSE(all.contains(u"Datum: 21 november 2026"_s));
    CHECK(all.count(u"Datum: ____________________"_s) == 2);

    // The next version: a draft of its own; the signed one stays what render --agreement gives.
    const auto made = demo.run({u"agreement-version"_s, u"--agreement"_s, u"3"_s});
    INFO(made.err.toStdString());
    REQUIRE(made.code == ExitCode::Success);
    CHECK(made.out.contains(u"version 2.0"_s));
    renderDpa(demo, again, {u"--agreement"_s, u"3"_s});
    CHECK(pr::test::readFile(again) == signedBytes);
    CHECK(demo.run({u"agreement-version"_s, u"--agreement"_s, u"4"_s}).code == ExitCode::Failed);
    CHECK(demo.run({u"render"_s, u"register"_s, u"--draft"_s, u"--out"_s, again}).code ==
          ExitCode::UsageError);
}

TEST_CASE("sign never overwrites its input and leaves no file when it fails", "[cli][sign]")
{
    const SigningDemo demo;
    REQUIRE(demo.import(u"signer.p12"_s, demo.pkcs12PasswordFile).code == ExitCode::Success);
    const QString rendered = demo.path(u"dpa.pdf"_s);
    REQUIRE(demo.renderSigned(rendered) == 0);
    const QByteArray original = pr::test::readFile(rendered);

    const auto same =
        demo.run({u"sign"_s, u"--in"_s, rendered, u"--out"_s, demo.path(u"./sub/../dpa.pdf"_s)});
    CHECK(same.code == ExitCode::UsageError);
    CHECK(pr::test::readFile(rendered) == original);

    // With a PKCS#12 file instead of the register: no register is opened at all.
    const QString viaFile = demo.path(u"via-file.pdf"_s);
    const auto withFile = pr::test::runCli({u"sign"_s, u"--in"_s, rendered, u"--out"_s, viaFile,
                                            u"--pkcs12"_s, testCa().path(u"signer.p12"_s),
                                            u"--pkcs12-password-file"_s, demo.pkcs12PasswordFile});
    INFO(withFile.err.toStdString());
    CHECK(withFile.code == ExitCode::Success);
    CHECK(pr::test::runCli({u"verify-pdf"_s, viaFile}).code == ExitCode::Success);

    const QString failed = demo.path(u"failed.pdf"_s);
    const auto expired = pr::test::runCli({u"sign"_s, u"--in"_s, rendered, u"--out"_s, failed,
                                           u"--pkcs12"_s, testCa().path(u"expired.p12"_s),
                                           u"--pkcs12-password-file"_s, demo.pkcs12PasswordFile});
    CHECK(expired.code == ExitCode::Failed);
    CHECK(expired.err.contains(u"expired"_s));
    const QString notPdf = demo.path(u"not.pdf"_s);
    REQUIRE(pr::test::writeFile(notPdf, "no pdf here"));
    CHECK(demo.run({u"sign"_s, u"--in"_s, notPdf, u"--out"_s, failed}).code == ExitCode::Failed);
    CHECK_FALSE(QFile::exists(failed));

    CHECK(demo.run({u"certificate"_s, u"remove"_s}).code == ExitCode::Success);
    CHECK(demo.run({u"sign"_s, u"--in"_s, rendered, u"--out"_s, failed}).code == ExitCode::Failed);
    CHECK_FALSE(QFile::exists(failed));
}

TEST_CASE("a key shorter than RSA 2048 or EC 256 bits is refused at import and signing, and "
          "verify-pdf warns about a signature made with one",
          "[cli][sign]")
{
    const SigningDemo demo;
    for (const QString& weak : {u"weak-rsa.p12"_s, u"weak-ec.p12"_s}) {
        INFO(weak.toStdString());
        const auto refused = demo.import(weak, demo.pkcs12PasswordFile);
        CHECK(refused.code == ExitCode::Failed);
        CHECK(refused.err.contains(weak == u"weak-rsa.p12"_s
                                       ? u"RSA key has 1024 bits; at least 2048 bits"_s
                                       : u"EC key has 192 bits; at least 256 bits"_s));
    }
    CHECK(demo.run({u"certificate"_s, u"show"_s}).code == ExitCode::Failed);

    const QString unsigned_ = demo.path(u"dpa.pdf"_s);
    renderDpa(demo, unsigned_);
    const QString refusedOut = demo.path(u"refused.pdf"_s);
    const auto sign = pr::test::runCli({u"sign"_s, u"--in"_s, unsigned_, u"--out"_s, refusedOut,
                                        u"--pkcs12"_s, testCa().path(u"weak-rsa.p12"_s),
                                        u"--pkcs12-password-file"_s, demo.pkcs12PasswordFile});
    CHECK(sign.code == ExitCode::Failed);
    CHECK(sign.err.contains(u"1024 bits"_s));
    CHECK_FALSE(QFile::exists(refusedOut));

    // A signature made elsewhere with a weak key: intact, so valid, but with a warning.
    const QByteArray weakFile = testCa().bytes(u"weak-rsa.p12"_s);
    const auto weak = pr::crypto::SigningCredentials::fromPkcs12(
        pr::test::bytesOf(weakFile), TestSigningCa::kPassword, std::nullopt);
    const QString weaklySigned = demo.path(u"weakly-signed.pdf"_s);
    pr::report::PdfSignatureRequest request;
    request.signingTime = QDateTime::fromSecsSinceEpoch(TestSigningCa::testNow(), Qt::UTC);
    pr::report::signPdfFile(unsigned_, weaklySigned, weak, request);
    const auto verified = pr::test::runCli({u"verify-pdf"_s, weaklySigned});
    CHECK(verified.code == ExitCode::Success);
    CHECK(verified.out.contains(u"Warning: the signer's RSA key has 1024 bits, fewer than the "
                                u"2048"_s));
    const QJsonObject json = verifyJson(weaklySigned);
    CHECK(json.value(u"allValid"_s).toBool());
    CHECK(json.value(u"signatures"_s)[0][u"weakKey"_s].toString().contains(u"1024 bits"_s));

    // A signature with a key of the minimum size carries no warning.
    const QString strong = demo.path(u"strong.pdf"_s);
    REQUIRE(pr::test::runCli({u"sign"_s, u"--in"_s, unsigned_, u"--out"_s, strong, u"--pkcs12"_s,
                              testCa().path(u"signer.p12"_s), u"--pkcs12-password-file"_s,
                              demo.pkcs12PasswordFile})
                .code == ExitCode::Success);
    CHECK_FALSE(pr::test::runCli({u"verify-pdf"_s, strong}).out.contains(u"Warning"_s));
    CHECK_FALSE(verifyJson(strong).value(u"signatures"_s)[0].toObject().contains(u"weakKey"_s));
}
