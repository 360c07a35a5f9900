#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace pr::cli {

// agreement-step: one dated step in the signing of a data processing agreement (send, sign,
// countersign, terminate), through core::AgreementWorkflow; without a step, the agreement's
// signing state and the steps it can take (docs/cli.md).
class AgreementStepCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(AgreementStepCommand)
public:
    QString name() const override { return QStringLiteral("agreement-step"); }
    QString summary() const override;
    QString details() const override;
    void defineOptions(QCommandLineParser& parser) const override;
    ExitCode run(CommandContext& context, const QCommandLineParser& arguments) override;
};

} // namespace pr::cli
