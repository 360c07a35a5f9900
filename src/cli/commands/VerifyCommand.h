#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace pr::cli {

// verify: authenticates the file and checks the database and the audit trail inside it.
// Exit 0 when sound, 3 for a wrong password, 4 when the file or the trail is damaged.
class VerifyCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override;
    ExitCode run(CommandContext& context, const QCommandLineParser& arguments) override;
};

} // namespace pr::cli
