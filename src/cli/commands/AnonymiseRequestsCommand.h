#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace pr::cli {

// anonymise-requests: removes the requester's data from closed requests past their retention
// period, keeping what the statistics need (core::RequestAnonymiser, docs/cli.md).
class AnonymiseRequestsCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(AnonymiseRequestsCommand)
public:
    QString name() const override { return QStringLiteral("anonymise-requests"); }
    QString summary() const override;
    QString details() const override;
    void defineOptions(QCommandLineParser& parser) const override;
    ExitCode run(CommandContext& context, const QCommandLineParser& arguments) override;
};

} // namespace pr::cli
