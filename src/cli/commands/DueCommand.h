#pragma once

#include "cli/Command.h"
#include "core/calendar/Period.h"

#include <QCoreApplication>

namespace pr::core {
class AppSettings;
}

namespace pr::cli {

// due: every open request and running breach clock with its deadlines, the most urgent first
// (usecases::DueItemsQuery); exit 5 when anything is overdue, for cron (docs/cli.md).
class DueCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(DueCommand)
public:
    // --promise TERM, which `deadlines-ics` takes too.
    static void addPromiseOption(QCommandLineParser& parser);
    // --promise when given (UsageError when it is not a term), else the one of SETTINGS.
    static core::Period promise(const QCommandLineParser& arguments,
                                const core::AppSettings& settings);

    QString name() const override { return QStringLiteral("due"); }
    QString summary() const override;
    QString details() const override;
    void defineOptions(QCommandLineParser& parser) const override;
    ExitCode run(CommandContext& context, const QCommandLineParser& arguments) override;
};

} // namespace pr::cli
