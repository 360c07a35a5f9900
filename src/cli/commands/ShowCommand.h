#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace pr::cli {

// show ENTITY ID: one record with all its fields (or JSON).
class ShowCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ShowCommand)
public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override;
    void defineOptions(QCommandLineParser& parser) const override;
    ExitCode run(CommandContext& context, const QCommandLineParser& arguments) override;
};

} // namespace pr::cli
