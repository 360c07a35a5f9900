#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace pr::cli {

// request-step: one dated step in the handling of a data-subject request, through
// core::RequestWorkflow; without --to, the request's stage and the steps it can take
// (docs/cli.md).
class RequestStepCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(RequestStepCommand)
public:
    QString name() const override { return QStringLiteral("request-step"); }
    QString summary() const override;
    QString details() const override;
    void defineOptions(QCommandLineParser& parser) const override;
    ExitCode run(CommandContext& context, const QCommandLineParser& arguments) override;
};

} // namespace pr::cli
