#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace pr::cli {

// deadline: the deadlines of a data-subject request received on a given date, computed as
// the law counts them (docs/cli.md). Opens no register.
class DeadlineCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(DeadlineCommand)
public:
    QString name() const override { return QStringLiteral("deadline"); }
    QString summary() const override;
    QString details() const override;
    void defineOptions(QCommandLineParser& parser) const override;
    ExitCode run(CommandContext& context, const QCommandLineParser& arguments) override;
};

} // namespace pr::cli
