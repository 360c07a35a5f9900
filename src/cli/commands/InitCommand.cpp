#include "cli/commands/InitCommand.h"

#include "cli/CommandContext.h"
#include "cli/UsageError.h"
#include "storage/Register.h"

namespace pr::cli {

namespace {
const QString kOrgName = QStringLiteral("org-name");
const QString kMemory = QStringLiteral("kdf-memory");
const QString kIterations = QStringLiteral("kdf-iterations");
const QString kParallelism = QStringLiteral("kdf-parallelism");

std::uint32_t positiveNumber(const QCommandLineParser& arguments, const QString& option,
                             std::uint32_t fallback)
{
    if (!arguments.isSet(option)) {
        return fallback;
    }
    bool ok = false;
    const uint value = arguments.value(option).toUInt(&ok);
    if (!ok || value == 0) {
        throw UsageError(
            InitCommand::tr("--%1 needs a positive whole number, not '%2'").arg(option, arguments.value(option)));
    }
    return value;
}
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
    parser.addOption({kMemory, tr("Argon2id memory in KiB."), tr("KIB")});
    parser.addOption({kIterations, tr("Argon2id iterations."), tr("N")});
    parser.addOption({kParallelism, tr("Argon2id lanes."), tr("N")});
}

ExitCode InitCommand::run(CommandContext& context, const QCommandLineParser& arguments)
{
    const QString organisation = arguments.value(kOrgName).trimmed();
    if (organisation.isEmpty()) {
        throw UsageError(tr("--org-name is required"));
    }
    storage::RegisterOptions options = context.registerOptions();
    options.kdf.memoryKiB = positiveNumber(arguments, kMemory, options.kdf.memoryKiB);
    options.kdf.iterations = positiveNumber(arguments, kIterations, options.kdf.iterations);
    options.kdf.parallelism = positiveNumber(arguments, kParallelism, options.kdf.parallelism);
    if (!options.kdf.isWithinLimits()) {
        throw UsageError(tr("the Argon2id parameters are outside the supported range "
                            "(docs/security.md)"));
    }

    const QString path = context.registerPath();
    const crypto::SecureBytes password = context.readNewPassword();
    storage::Register::create(path, password, organisation, options);
    context.out() << tr("Created %1.").arg(path) << '\n';
    return ExitCode::Success;
}

} // namespace pr::cli
