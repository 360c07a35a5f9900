#pragma once

#include "cli/CommandContext.h"
#include "usecases/UseCaseContext.h"
#include "usecases/steps/DpaReadinessQuery.h"

#include <QCoreApplication>

namespace pr::cli {

// What a person should know about agreement AGREEMENT_ID once it went out or was signed
// (usecases::DpaReadinessQuery), on standard error as "warning: …" lines, so that agreement-step
// and render --sign say it the same way. The step itself is taken: these are no refusals.
inline void printDpaWarnings(CommandContext& context, const usecases::UseCaseContext& useCases,
                             qint64 agreementId)
{
    for (const QString& warning : usecases::DpaReadinessQuery::warnings(useCases, agreementId)) {
        context.err() << "privacyregister-cli: "
                      << QCoreApplication::translate("DpaWarnings", "warning: %1").arg(warning)
                      << '\n';
    }
}

} // namespace pr::cli
