#include "cli/commands/VerifyCommand.h"

#include "cli/CommandContext.h"
#include "storage/Register.h"

namespace pr::cli {

QString VerifyCommand::summary() const
{
    return tr("Check that the register is intact (checksums, encryption, database).");
}

ExitCode VerifyCommand::run(CommandContext& context, const QCommandLineParser& arguments)
{
    (void)arguments;
    // Opening already authenticates the file and runs the integrity and foreign-key checks;
    // any failure is thrown as the matching error and exit code.
    const auto reg = context.openRegister(storage::OpenMode::ReadOnly);
    context.out() << tr("%1: intact (file checksums, authentication tag and database check).")
                         .arg(reg->path())
                  << '\n';
    return ExitCode::Success;
}

} // namespace pr::cli
