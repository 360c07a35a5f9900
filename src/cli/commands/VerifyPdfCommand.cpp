#include "cli/commands/VerifyPdfCommand.h"

#include "cli/CommandContext.h"
#include "cli/UsageError.h"
#include "crypto/signing/KeyStrength.h"
#include "report/signing/PdfSignatureVerifier.h"
#include "report/signing/PdfSigningError.h"
#include "storage/file/AtomicFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pr::cli {

namespace {
const QString kJson = QStringLiteral("json");
const QString kTrust = QStringLiteral("trust");

QString statusCode(report::PdfSignatureCheck::Status status)
{
    switch (status) {
    case report::PdfSignatureCheck::Status::Valid:
        return QStringLiteral("valid");
    case report::PdfSignatureCheck::Status::DigestMismatch:
        return QStringLiteral("digest-mismatch");
    case report::PdfSignatureCheck::Status::SignatureInvalid:
        return QStringLiteral("signature-invalid");
    case report::PdfSignatureCheck::Status::Malformed:
        break;
    }
    return QStringLiteral("malformed");
}

// A signature that holds but rests on a key KeyStrength calls weak: it may have been forged.
QString weakKeyWarning(const report::PdfSignatureCheck& check)
{
    if (!check.cms || !check.cms->signer || !crypto::KeyStrength::isWeak(*check.cms->signer)) {
        return {};
    }
    const crypto::CertificateInfo& signer = *check.cms->signer;
    return VerifyPdfCommand::tr("the signer's %1 key has %2 bits, fewer than the %3 a signature "
                                "needs: a key that short can be broken, so this signature may "
                                "have been forged.")
        .arg(QString::fromStdString(signer.keyType))
        .arg(signer.keyBits)
        .arg(crypto::KeyStrength::minimumBits(signer).value_or(0));
}
} // namespace

QString VerifyPdfCommand::summary() const
{
    return tr("Check the digital signatures of a PDF (no register needed).");
}

QString VerifyPdfCommand::details() const
{
    return tr("For each signature: whether the signed bytes are unchanged (digest), whether "
              "the signature matches the signer's certificate, whether it covers the whole "
              "file, the signer and the signing time. With --trust, also whether the signer's "
              "certificate leads to one of the certificates in that PEM file. A signature whose "
              "key is shorter than RSA 2048 or EC 256 bits gets a warning: it may have been "
              "forged. Exit 0 when the PDF is signed and every signature is valid, 1 when it is "
              "not signed or a "
              "signature is not valid, 4 when the file is not a readable PDF.");
}

void VerifyPdfCommand::defineOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("file"), tr("The signed PDF."));
    parser.addOption({kJson, tr("Print JSON instead of text.")});
    parser.addOption({kTrust,
                      tr("Also check the chain against the CA certificates in PEM file FILE."),
                      tr("FILE")});
}

ExitCode VerifyPdfCommand::run(CommandContext& context, const QCommandLineParser& arguments)
{
    const QStringList positional = arguments.positionalArguments();
    if (positional.size() != 1) {
        throw UsageError(tr("write: verify-pdf FILE"));
    }
    const QByteArray pdf = storage::AtomicFile::read(positional.first());
    const std::string anchors =
        arguments.isSet(kTrust) ? storage::AtomicFile::read(arguments.value(kTrust)).toStdString()
                                : std::string();
    std::vector<report::PdfSignatureCheck> checks;
    try {
        checks = report::verifyPdfSignatures(pdf, anchors);
    } catch (const report::PdfSigningError& error) {
        context.err() << QString::fromUtf8(error.what()) << '\n';
        return ExitCode::DamagedFile;
    }
    const bool allValid = report::allSignaturesValid(checks);

    QJsonArray signatures;
    for (const report::PdfSignatureCheck& check : checks) {
        QJsonObject entry{
            {QStringLiteral("field"), check.fieldName},
            {QStringLiteral("status"), statusCode(check.status)},
            {QStringLiteral("signer"), check.signerName},
            {QStringLiteral("signerSubject"), check.signerSubject},
            {QStringLiteral("signingTime"),
             check.signingTime.isValid() ? check.signingTime.toString(Qt::ISODate) : QString()},
            {QStringLiteral("subFilter"), check.subFilter},
            {QStringLiteral("reason"), check.reason},
            {QStringLiteral("location"), check.location},
            {QStringLiteral("coversWholeFile"), check.coversWholeFile},
        };
        if (!check.detail.isEmpty()) {
            entry.insert(QStringLiteral("detail"), check.detail);
        }
        if (check.cms && check.cms->chainTrusted) {
            entry.insert(QStringLiteral("trusted"), *check.cms->chainTrusted);
        }
        if (const QString warning = weakKeyWarning(check); !warning.isEmpty()) {
            entry.insert(QStringLiteral("weakKey"), warning);
        }
        signatures.append(entry);
    }
    if (arguments.isSet(kJson)) {
        const QJsonObject result{{QStringLiteral("allValid"), allValid},
                                 {QStringLiteral("signatures"), signatures}};
        context.out() << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
        return allValid ? ExitCode::Success : ExitCode::Failed;
    }
    if (checks.empty()) {
        context.out() << tr("The PDF holds no signatures.") << '\n';
        return ExitCode::Failed;
    }
    int number = 0;
    for (const report::PdfSignatureCheck& check : checks) {
        ++number;
        context.out() << tr("Signature %1 (%2): %3")
                             .arg(number)
                             .arg(check.fieldName, statusCode(check.status))
                      << '\n';
        context.out() << "  " << tr("Signer: %1").arg(check.signerName) << '\n';
        if (check.signingTime.isValid()) {
            context.out() << "  "
                          << tr("Signed at: %1").arg(check.signingTime.toString(Qt::ISODate))
                          << '\n';
        }
        context.out() << "  "
                      << (check.coversWholeFile
                              ? tr("Covers the whole file.")
                              : tr("Covers an earlier version of the file; later changes "
                                   "were appended."))
                      << '\n';
        if (!check.detail.isEmpty()) {
            context.out() << "  " << tr("Problem: %1").arg(check.detail) << '\n';
        }
        if (check.cms && check.cms->chainTrusted) {
            context.out() << "  "
                          << (*check.cms->chainTrusted
                                  ? tr("The certificate leads to a trusted CA.")
                                  : tr("The certificate does not lead to a trusted CA."))
                          << '\n';
        }
        if (const QString warning = weakKeyWarning(check); !warning.isEmpty()) {
            context.out() << "  " << tr("Warning: %1").arg(warning) << '\n';
        }
    }
    context.out() << (allValid ? tr("All signatures are valid.")
                               : tr("Not all signatures are valid."))
                  << '\n';
    return allValid ? ExitCode::Success : ExitCode::Failed;
}

} // namespace pr::cli
