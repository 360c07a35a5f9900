#include "cli/commands/InitCommand.h"

#include "cli/CommandContext.h"
#include "cli/KdfOptions.h"
#include "cli/UsageError.h"
#include "storage/Register.h"

namespace pr::cli {

namespace {
const QString kOrgName = QStringLiteral("org-name");
} // namespace

QString InitCommand::summary() const
{
    return tr("Create a new, empty register.");
}

QString InitCommand::details() const
{
    return tr("The password comes from --password-file or --password-stdin, or is asked twice "
              "on the terminal. An existing file is never overwritten. The --kdf-* options "
              "set the cost of Argon2id (docs/security.md); the defaults take about half a "
              "second on a two-core machine.");
}

void InitCommand::defineOptions(QCommandLineParser& parser) const
{
    parser.addOption({kOrgName, tr("The legal name of the organisation (required)."), tr("NAME")});
    KdfOptions::addTo(parser);
}

ExitCode InitCommand::run(CommandContext& context, const QCommandLineParser& arguments)
{
    const QString organisation = arguments.value(kOrgName).trimmed();
    if (organisation.isEmpty()) {
        throw UsageError(tr("--org-name is required"));
    }
    storage::RegisterOptions options = context.registerOptions();
    options.kdf = KdfOptions::read(arguments, options.kdf);

    const QString path = context.registerPath();
    const crypto::SecureBytes password = context.readNewPassword();
    storage::Register::create(path, password, organisation, options);
    context.out() << tr("Created %1.").arg(path) << '\n';
    return ExitCode::Success;
}

} // namespace pr::cli
