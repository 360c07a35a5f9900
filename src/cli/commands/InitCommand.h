#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace pr::cli {

// init: creates a new, empty register protected by the password.
class InitCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(InitCommand)
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    QString details() const override;
    void defineOptions(QCommandLineParser& parser) const override;
    ExitCode run(CommandContext& context, const QCommandLineParser& arguments) override;
};

} // namespace pr::cli
