#include "cli/commands/SignCommand.h"

#include "cli/CommandContext.h"
#include "cli/UsageError.h"
#include "cli/commands/CertificateCommand.h"
#include "crypto/signing/SigningCredentials.h"
#include "crypto/signing/SigningError.h"
#include "report/signing/PdfFileSigner.h"
#include "report/signing/PdfSigningError.h"
#include "storage/repositories/OrganisationRepository.h"
#include "storage/repositories/SigningCertificateRepository.h"

#include <string_view>

namespace pr::cli {

namespace {
const QString kIn = QStringLiteral("in");
const QString kOut = QStringLiteral("out");
const QString kPkcs12 = QStringLiteral("pkcs12");
const QString kPkcs12PasswordFile = QStringLiteral("pkcs12-password-file");
const QString kReason = QStringLiteral("reason");
const QString kLocation = QStringLiteral("location");
const QString kContact = QStringLiteral("contact");
} // namespace

QString SignCommand::summary() const
{
    return tr("Sign a PDF with the firm's certificate (PAdES) into a new file.");
}

QString SignCommand::details() const
{
    return tr("Signs --in into --out as an incremental update, so that earlier signatures stay "
              "valid. Uses the certificate in the register, or --pkcs12 with "
              "--pkcs12-password-file (then no register is needed). --out must differ from "
              "--in; it is written only when signing succeeded. The place and contact default "
              "to the organisation's city and e-mail address.");
}

void SignCommand::defineOptions(QCommandLineParser& parser) const
{
    parser.addOption({kIn, tr("The PDF to sign."), tr("PATH")});
    parser.addOption({kOut, tr("Write the signed PDF to PATH (not the input)."), tr("PATH")});
    parser.addOption(
        {kPkcs12, tr("Sign with this PKCS#12 file instead of the register's."), tr("FILE")});
    parser.addOption({kPkcs12PasswordFile,
                      tr("Read the PKCS#12 password from the first line of FILE."), tr("FILE")});
    parser.addOption({kReason,
                      tr("The reason in the signature (default: Ondertekening "
                         "verwerkersovereenkomst)."),
                      tr("TEXT")});
    parser.addOption({kLocation, tr("The place of signing."), tr("TEXT")});
    parser.addOption({kContact, tr("How to reach the signer."), tr("TEXT")});
}

report::PdfSignatureRequest SignCommand::requestFor(const CommandContext& context,
                                                    const storage::SqliteDatabase* db)
{
    report::PdfSignatureRequest request;
    request.signingTime = context.clock().now();
    if (db != nullptr) {
        if (const auto organisation = storage::OrganisationRepository::find(*db)) {
            request.location = organisation->city;
            request.contactInfo = organisation->email;
        }
    }
    return request;
}

std::optional<crypto::SigningCredentials>
SignCommand::registerCredentials(CommandContext& context, const storage::SqliteDatabase& db)
{
    try {
        auto credentials = storage::SigningCertificateRepository::credentials(
            db, context.clock().now().toSecsSinceEpoch());
        if (!credentials) {
            context.err() << tr("The register holds no signing certificate; add one with: "
                                "certificate import --pkcs12 FILE --pkcs12-password-file FILE")
                          << '\n';
        }
        return credentials;
    } catch (const crypto::SigningError& error) {
        context.err() << tr("The register's certificate cannot be used: %1")
                             .arg(QString::fromUtf8(error.what()))
                      << '\n';
        return std::nullopt;
    }
}

ExitCode SignCommand::run(CommandContext& context, const QCommandLineParser& arguments)
{
    const QString in = arguments.value(kIn);
    const QString out = arguments.value(kOut);
    if (in.isEmpty() || out.isEmpty()) {
        throw UsageError(tr("sign needs --in PDF and --out PDF"));
    }
    if (report::isSameFile(in, out)) {
        throw UsageError(tr("--out must be another file than --in: signing never overwrites "
                            "its input"));
    }
    if (arguments.isSet(kPkcs12) != arguments.isSet(kPkcs12PasswordFile)) {
        throw UsageError(tr("--pkcs12 and --pkcs12-password-file go together"));
    }
    try {
        std::optional<crypto::SigningCredentials> credentials;
        std::unique_ptr<storage::Register> reg;
        if (arguments.isSet(kPkcs12)) {
            const crypto::SecureBytes pkcs12 =
                CertificateCommand::readPkcs12(arguments.value(kPkcs12));
            const crypto::SecureBytes password =
                CommandContext::readPasswordFile(arguments.value(kPkcs12PasswordFile));
            credentials = crypto::SigningCredentials::fromPkcs12(
                pkcs12,
                std::string_view(reinterpret_cast<const char*>(password.data()), password.size()),
                context.clock().now().toSecsSinceEpoch());
        } else {
            reg = context.openRegister(storage::OpenMode::ReadOnly);
            credentials = registerCredentials(context, reg->database());
            if (!credentials) {
                return ExitCode::Failed;
            }
        }
        report::PdfSignatureRequest request = requestFor(context, reg ? &reg->database() : nullptr);
        if (arguments.isSet(kReason)) {
            request.reason = arguments.value(kReason);
        }
        if (arguments.isSet(kLocation)) {
            request.location = arguments.value(kLocation);
        }
        if (arguments.isSet(kContact)) {
            request.contactInfo = arguments.value(kContact);
        }
        report::signPdfFile(in, out, *credentials, request);
    } catch (const crypto::SigningError& error) {
        context.err()
            << tr("The certificate cannot be used: %1").arg(QString::fromUtf8(error.what()))
            << '\n';
        return ExitCode::Failed;
    } catch (const report::PdfSigningError& error) {
        context.err() << QString::fromUtf8(error.what()) << '\n';
        return ExitCode::Failed;
    }
    context.out() << tr("Signed %1 into %2.").arg(in, out) << '\n';
    return ExitCode::Success;
}

} // namespace pr::cli
