#include "cli/commands/ChangePasswordCommand.h"

#include "cli/CommandContext.h"
#include "cli/KdfOptions.h"
#include "cli/UsageError.h"
#include "storage/Register.h"

namespace pr::cli {

namespace {
const QString kNewPasswordFile = QStringLiteral("new-password-file");
} // namespace

QString ChangePasswordCommand::summary() const
{
    return tr("Change the password of the register and its backups.");
}

QString ChangePasswordCommand::details() const
{
    return tr(
        "The current password comes from --password-file or --password-stdin (or the "
        "terminal), the new one from --new-password-file (or the terminal, twice). The "
        "backups are re-encrypted too, so the old password opens none of them. The cost of the "
        "key derivation stays as it is unless a --kdf-* option changes it.");
}

void ChangePasswordCommand::defineOptions(QCommandLineParser& parser) const
{
    parser.addOption(
        {kNewPasswordFile, tr("Read the new password from the first line of PATH."), tr("PATH")});
    KdfOptions::addTo(parser);
}

ExitCode ChangePasswordCommand::run(CommandContext& context, const QCommandLineParser& arguments)
{
    const QString newPasswordFile = arguments.value(kNewPasswordFile);
    if (newPasswordFile.isEmpty() &&
        (!context.options().passwordFile.isEmpty() || context.options().passwordFromStdin)) {
        throw UsageError(tr("--new-password-file is required when the current password does "
                            "not come from the terminal"));
    }
    const QString path = context.registerPath();
    const crypto::SecureBytes current = context.readPassword(tr("Current password: "));
    const crypto::SecureBytes next = context.readNewPassword(newPasswordFile);
    const auto reg = storage::Register::open(path, current, storage::OpenMode::ReadWrite,
                                             context.registerOptions());
    // The register keeps its key derivation cost unless the options change it.
    const crypto::Argon2Parameters kdf = KdfOptions::read(arguments, reg->info().kdf);
    const storage::PasswordChangeResult result = reg->changePassword(current, next, kdf);
    context.out() << tr("Password changed; %n backup(s) re-encrypted.", nullptr,
                        result.backupsReencrypted)
                  << '\n';
    for (const QString& skipped : result.backupsSkipped) {
        context.err() << tr("warning: backup %1 could not be re-encrypted (damaged, or under "
                            "another password); delete it if the old password leaked.")
                             .arg(skipped)
                      << '\n';
    }
    return ExitCode::Success;
}

} // namespace pr::cli
