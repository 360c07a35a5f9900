#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace pr::cli {

// change-password: re-encrypts the register and its backups under a new password.
class ChangePasswordCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ChangePasswordCommand)
public:
    QString name() const override { return QStringLiteral("change-password"); }
    QString summary() const override;
    QString details() const override;
    void defineOptions(QCommandLineParser& parser) const override;
    ExitCode run(CommandContext& context, const QCommandLineParser& arguments) override;
};

} // namespace pr::cli
