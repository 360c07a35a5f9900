#include "cli/commands/CertificateCommand.h"

#include "cli/ChangeFailure.h"
#include "cli/CommandContext.h"
#include "cli/JsonText.h"
#include "cli/UsageError.h"
#include "crypto/Wipe.h"
#include "crypto/signing/SigningError.h"
#include "storage/file/AtomicFile.h"
#include "storage/repositories/SigningCertificateRepository.h"
#include "usecases/signing/SigningCertificateChange.h"

#include <QDateTime>
#include <QJsonDocument>

#include <string_view>

namespace pr::cli {

namespace {
const QString kPkcs12 = QStringLiteral("pkcs12");
const QString kPkcs12PasswordFile = QStringLiteral("pkcs12-password-file");
const QString kJson = QStringLiteral("json");

QString utcDate(std::time_t time)
{
    return QDateTime::fromSecsSinceEpoch(time, Qt::UTC).toString(Qt::ISODate);
}
} // namespace

QString CertificateCommand::summary() const
{
    return tr("Import, show or remove the certificate (PKCS#12) the firm signs DPAs with.");
}

QString CertificateCommand::details() const
{
    return tr("ACTION is import (needs --pkcs12 and --pkcs12-password-file), show or remove. "
              "The PKCS#12 file and its password are kept inside the encrypted register only; "
              "the JSON export leaves them out. A certificate that has expired or is not valid "
              "yet, a wrong password, a file without a private key and a key that does not "
              "belong to the certificate are refused. Importing replaces an earlier "
              "certificate.");
}

void CertificateCommand::defineOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("import, show or remove"));
    parser.addOption({kPkcs12, tr("import: the PKCS#12 file (.p12 or .pfx)."), tr("FILE")});
    parser.addOption({kPkcs12PasswordFile,
                      tr("import: read the PKCS#12 password from the first line of FILE."),
                      tr("FILE")});
    parser.addOption({kJson, tr("show: print JSON instead of text.")});
}

crypto::SecureBytes CertificateCommand::readPkcs12(const QString& path)
{
    QByteArray bytes = storage::AtomicFile::read(path);
    crypto::SecureBytes secure(bytes.begin(), bytes.end());
    crypto::wipe(bytes.data(), static_cast<std::size_t>(bytes.size()));
    return secure;
}

QJsonObject CertificateCommand::toJson(const crypto::CertificateInfo& info)
{
    return QJsonObject{
        {QStringLiteral("subject"), QString::fromStdString(info.subject)},
        {QStringLiteral("issuer"), QString::fromStdString(info.issuer)},
        {QStringLiteral("serialNumber"), QString::fromStdString(info.serialNumber)},
        {QStringLiteral("notBefore"), utcDate(info.notBefore)},
        {QStringLiteral("notAfter"), utcDate(info.notAfter)},
        {QStringLiteral("sha256Fingerprint"), QString::fromStdString(info.sha256Fingerprint)},
    };
}

ExitCode CertificateCommand::run(CommandContext& context, const QCommandLineParser& arguments)
{
    const QStringList positional = arguments.positionalArguments();
    const QString action = positional.size() == 1 ? positional.first() : QString();
    if (action != QLatin1String("import") &&
        (arguments.isSet(kPkcs12) || arguments.isSet(kPkcs12PasswordFile))) {
        throw UsageError(tr("--pkcs12 and --pkcs12-password-file only apply to import"));
    }
    if (action != QLatin1String("show") && arguments.isSet(kJson)) {
        throw UsageError(tr("--json only applies to show"));
    }
    try {
        if (action == QLatin1String("import")) {
            return import(context, arguments);
        }
        if (action == QLatin1String("show")) {
            return show(context, arguments);
        }
        if (action == QLatin1String("remove")) {
            return remove(context);
        }
    } catch (const crypto::SigningError& error) {
        context.err()
            << tr("The certificate cannot be used: %1").arg(QString::fromUtf8(error.what()))
            << '\n';
        return ExitCode::Failed;
    }
    throw UsageError(tr("write: certificate ACTION, with ACTION one of: import, show, remove"));
}

ExitCode CertificateCommand::import(CommandContext& context, const QCommandLineParser& arguments)
{
    if (arguments.value(kPkcs12).isEmpty() || arguments.value(kPkcs12PasswordFile).isEmpty()) {
        throw UsageError(tr("import needs --pkcs12 FILE and --pkcs12-password-file FILE"));
    }
    const crypto::SecureBytes pkcs12 = readPkcs12(arguments.value(kPkcs12));
    const crypto::SecureBytes password =
        CommandContext::readPasswordFile(arguments.value(kPkcs12PasswordFile));
    const auto reg = context.openRegister(storage::OpenMode::ReadWrite);
    const usecases::CertificateChange change =
        usecases::SigningCertificateChange::store(context.useCases(*reg), pkcs12, password);
    if (change.error) {
        // Worded where the command's other certificate errors are (run()).
        throw *change.error;
    }
    if (change.result.status != usecases::ChangeResult::Status::Saved || !change.info) {
        context.err() << ChangeFailure::text(change.result) << '\n';
        return ExitCode::Failed;
    }
    const crypto::CertificateInfo& info = *change.info;
    context.out() << tr("Imported the certificate of %1 (valid until %2).")
                         .arg(QString::fromStdString(info.subject), utcDate(info.notAfter))
                  << '\n';
    return ExitCode::Success;
}

ExitCode CertificateCommand::show(CommandContext& context, const QCommandLineParser& arguments)
{
    const auto reg = context.openRegister(storage::OpenMode::ReadOnly);
    const auto info = storage::SigningCertificateRepository::info(reg->database());
    if (!info) {
        context.err() << tr("The register holds no signing certificate; add one with: "
                            "certificate import --pkcs12 FILE --pkcs12-password-file FILE")
                      << '\n';
        return ExitCode::Failed;
    }
    QJsonObject json = toJson(*info);
    const auto stored = storage::SigningCertificateRepository::load(reg->database());
    json.insert(QStringLiteral("addedAt"), stored->addedAt.toString(Qt::ISODateWithMs));
    const std::time_t now = context.clock().now().toSecsSinceEpoch();
    json.insert(QStringLiteral("validNow"), info->notBefore <= now && now <= info->notAfter);
    if (arguments.isSet(kJson)) {
        context.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        context.out() << JsonText::format(json);
    }
    return ExitCode::Success;
}

ExitCode CertificateCommand::remove(CommandContext& context)
{
    const auto reg = context.openRegister(storage::OpenMode::ReadWrite);
    const usecases::CertificateChange change =
        usecases::SigningCertificateChange::remove(context.useCases(*reg));
    if (change.result.status != usecases::ChangeResult::Status::Saved) {
        context.err() << ChangeFailure::text(change.result) << '\n';
        return ExitCode::Failed;
    }
    context.out() << (change.removed ? tr("Removed the signing certificate.")
                                     : tr("The register holds no signing certificate."))
                  << '\n';
    return ExitCode::Success;
}

} // namespace pr::cli
