#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace pr::cli {

// due: every open request and running breach clock with its deadlines, the most urgent first;
// exit 5 when anything is overdue, for cron (docs/cli.md).
class DueCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(DueCommand)
public:
    QString name() const override { return QStringLiteral("due"); }
    QString summary() const override;
    QString details() const override;
    void defineOptions(QCommandLineParser& parser) const override;
    ExitCode run(CommandContext& context, const QCommandLineParser& arguments) override;
};

} // namespace pr::cli
