#pragma once

#include "cli/ChangeFailure.h"
#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "usecases/steps/StepChange.h"

#include <functional>
#include <optional>

namespace pr::cli {

// What a step command (request-step, agreement-step, breach-step) prints when the use case did
// not take the step, so that all three say it the same way: the record does not exist (exit
// 1), the rules refuse the step (exit 2: HEADING, then each issue as "  field: message", then
// TRAILER, e.g. "  next: …"), or the write failed (exit 1). Nothing when the step was taken.
template <typename Record>
std::optional<ExitCode> reportRefusal(CommandContext& context,
                                      const usecases::StepChange<Record>& change,
                                      const std::function<QString(const Record&)>& heading,
                                      const std::function<QString(const Record&)>& trailer)
{
    if (!change.before) {
        context.err() << change.result.message << '\n';
        return ExitCode::Failed;
    }
    if (!change.result.issues.isEmpty()) {
        context.err() << "privacyregister-cli: " << heading(*change.before) << '\n';
        for (const core::ValidationIssue& issue : change.result.issues) {
            context.err() << "  " << issue.field << ": " << issue.message << '\n';
        }
        context.err() << trailer(*change.before);
        return ExitCode::UsageError;
    }
    if (!change.taken()) {
        context.err() << change.result.message << '\n';
        return ExitCode::Failed;
    }
    if (change.result.status == usecases::ChangeResult::Status::NotSaved) {
        context.err() << ChangeFailure::text(change.result) << '\n';
        return ExitCode::Failed;
    }
    return std::nullopt;
}

} // namespace pr::cli
