#include "cli/commands/InitCommand.h"

#include "cli/CommandContext.h"
#include "cli/KdfOptions.h"
#include "cli/UsageError.h"
#include "storage/Register.h"
#include "usecases/register/RegisterCreation.h"

#include <QFile>

#include <optional>
#include <stdexcept>

namespace pr::cli {

namespace {
const QString kOrgName = QStringLiteral("org-name");
const QString kDemo = QStringLiteral("demo");

// The demo register's content, built into the program (resources/demo/demo-register.json).
core::json::RegisterDocument demoDocument()
{
    QFile file(QStringLiteral(":/demo/demo-register.json"));
    core::json::RegisterDocument document;
    QList<core::json::JsonIssue> issues;
    if (!file.open(QIODevice::ReadOnly) ||
        !core::json::parseRegisterDocument(file.readAll(), document, issues)) {
        // A broken resource is a build error; tests/core/json/DemoRegisterTest guards it.
        throw std::runtime_error("the built-in demo register cannot be read");
    }
    return document;
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
    parser.addOption({kDemo, tr("Fill the register with the fictional demo firm instead.")});
    KdfOptions::addTo(parser);
}

ExitCode InitCommand::run(CommandContext& context, const QCommandLineParser& arguments)
{
    const bool demo = arguments.isSet(kDemo);
    const std::optional<core::json::RegisterDocument> content =
        demo ? std::optional(demoDocument()) : std::nullopt;
    const QString organisation =
        demo ? content->organisation.legalName : arguments.value(kOrgName).trimmed();
    if (organisation.isEmpty()) {
        throw UsageError(tr("--org-name is required"));
    }
    storage::RegisterOptions options = context.registerOptions();
    options.kdf = KdfOptions::read(arguments, options.kdf);

    const QString path = context.registerPath();
    const crypto::SecureBytes password = context.readNewPassword();
    if (content) {
        usecases::RegisterCreation::createDemo(path, password, *content, options, context.clock());
    } else {
        usecases::RegisterCreation::createNamed(path, password, organisation, options);
    }
    context.out() << tr("Created %1.").arg(path) << '\n';
    return ExitCode::Success;
}

} // namespace pr::cli
