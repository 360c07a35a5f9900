#pragma once

#include "cli/ExitCode.h"

#include <QCommandLineParser>
#include <QString>

namespace pr::cli {

class CommandContext;

// One subcommand of privacyregister-cli. Each lives in its own file under commands/ and is
// listed once in CommandRegistry.cpp.
class Command {
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    // One line for the tool's --help.
    virtual QString summary() const = 0;
    // Extra text for `COMMAND --help`, after the generated option list.
    virtual QString details() const { return {}; }
    // Adds the command's own options and positional arguments.
    virtual void defineOptions(QCommandLineParser& parser) const { (void)parser; }
    // Runs with the parsed arguments. Throws UsageError for bad values; storage errors
    // propagate and CliApplication turns them into their exit codes.
    virtual ExitCode run(CommandContext& context, const QCommandLineParser& arguments) = 0;
};

} // namespace pr::cli
