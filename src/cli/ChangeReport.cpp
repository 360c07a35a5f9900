#include "cli/ChangeReport.h"

#include "cli/ChangeFailure.h"

namespace pr::cli {

ExitCode reportChange(CommandContext& context, const usecases::ChangeResult& result,
                      const QString& done)
{
    if (!result.issues.isEmpty()) {
        for (const core::ValidationIssue& issue : result.issues) {
            context.err() << "  " << issue.field << ": " << issue.message << '\n';
        }
        return ExitCode::UsageError;
    }
    if (result.refused()) {
        context.err() << result.message << '\n';
        return ExitCode::UsageError;
    }
    if (result.status == usecases::ChangeResult::Status::NotSaved) {
        context.err() << ChangeFailure::text(result) << '\n';
        return ExitCode::Failed;
    }
    context.out() << done << '\n';
    return ExitCode::Success;
}

} // namespace pr::cli
