#include "cli/commands/ImportCommand.h"

#include "cli/ChangeFailure.h"
#include "cli/CommandContext.h"
#include "cli/UsageError.h"
#include "storage/audit/AuditContext.h"
#include "storage/file/AtomicFile.h"
#include "usecases/register/RegisterImport.h"

namespace pr::cli {

namespace {
const QString kFormat = QStringLiteral("format");
} // namespace

QString ImportCommand::summary() const
{
    return tr("Fill an empty register from a JSON export (all or nothing).");
}

QString ImportCommand::details() const
{
    return tr("Every problem in the file is listed with its place in the file ($.path); when "
              "there is any, nothing is imported. Import only into a new, empty register: "
              "create one with init first.");
}

void ImportCommand::defineOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("file"), tr("The JSON file to import."));
    parser.addOption(
        {kFormat, tr("The format: json (the only one)."), tr("FORMAT"), QStringLiteral("json")});
}

ExitCode ImportCommand::run(CommandContext& context, const QCommandLineParser& arguments)
{
    if (arguments.value(kFormat) != QLatin1String("json")) {
        throw UsageError(
            tr("unknown format '%1'; the only format is json").arg(arguments.value(kFormat)));
    }
    if (arguments.positionalArguments().size() != 1) {
        throw UsageError(tr("name the one file to import"));
    }
    const QString file = arguments.positionalArguments().first();
    core::json::RegisterDocument document;
    QList<core::json::JsonIssue> issues;
    // The file is checked before the register is opened: a bad file costs no password.
    if (!core::json::parseRegisterDocument(
            storage::AtomicFile::read(file, usecases::RegisterImport::kMaxFileBytes), document,
            issues)) {
        for (const core::json::JsonIssue& issue : issues) {
            context.err() << issue.path << ": " << issue.message << '\n';
        }
        context.err() << tr("%n problem(s) found in %1; nothing was imported.", nullptr,
                            static_cast<int>(issues.size()))
                             .arg(file)
                      << '\n';
        return ExitCode::Failed;
    }
    const auto reg = context.openRegister(storage::OpenMode::ReadWrite);
    const usecases::ChangeResult result =
        usecases::RegisterImport::import(context.useCases(*reg), document);
    if (!result.changed()) {
        context.err() << result.explanation() << '\n';
        return ExitCode::Failed;
    }
    if (result.status == usecases::ChangeResult::Status::NotSaved) {
        context.err() << ChangeFailure::text(result) << '\n';
        return ExitCode::Failed;
    }
    context.out() << tr("Imported %1.").arg(file) << '\n';
    return ExitCode::Success;
}

} // namespace pr::cli
