#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace pr::cli {

// breach-step: one step in the handling of a data breach (a report to the AP, the decision not
// to report, the client or the people informed), through usecases::BreachSteps; without --to,
// the steps the breach can take (docs/cli.md).
class BreachStepCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(BreachStepCommand)
public:
    QString name() const override { return QStringLiteral("breach-step"); }
    QString summary() const override;
    QString details() const override;
    void defineOptions(QCommandLineParser& parser) const override;
    ExitCode run(CommandContext& context, const QCommandLineParser& arguments) override;
};

} // namespace pr::cli
