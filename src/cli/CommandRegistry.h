#pragma once

#include "cli/Command.h"

#include <memory>
#include <vector>

namespace pr::cli {

// Every command of privacyregister-cli, in the order --help lists them.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace pr::cli
