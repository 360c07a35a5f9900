#pragma once

#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "usecases/ChangeResult.h"

#include <QString>

namespace pr::cli {

// What a command that records one change prints of the use case's RESULT, so that every such
// command says it the same way: a refusal by the rules (exit 2, each issue as "  field:
// message", or the reason), a change that did not reach the disk (exit 1, ChangeFailure), or
// DONE on standard output (exit 0).
ExitCode reportChange(CommandContext& context, const usecases::ChangeResult& result,
                      const QString& done);

} // namespace pr::cli
