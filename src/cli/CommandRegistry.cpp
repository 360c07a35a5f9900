#include "cli/CommandRegistry.h"

#include "cli/commands/ChangePasswordCommand.h"
#include "cli/commands/DeadlineCommand.h"
#include "cli/commands/InfoCommand.h"
#include "cli/commands/InitCommand.h"
#include "cli/commands/VerifyCommand.h"

namespace pr::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<InfoCommand>());
    commands.push_back(std::make_unique<VerifyCommand>());
    commands.push_back(std::make_unique<ChangePasswordCommand>());
    commands.push_back(std::make_unique<DeadlineCommand>());
    return commands;
}

} // namespace pr::cli
