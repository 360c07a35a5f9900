#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace pr::cli {

// deadlines-ics: the open deadlines as an iCalendar file for Outlook or Thunderbird
// (core::DeadlineIcs, docs/cli.md).
class DeadlinesIcsCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(DeadlinesIcsCommand)
public:
    QString name() const override { return QStringLiteral("deadlines-ics"); }
    QString summary() const override;
    QString details() const override;
    void defineOptions(QCommandLineParser& parser) const override;
    ExitCode run(CommandContext& context, const QCommandLineParser& arguments) override;
};

} // namespace pr::cli
