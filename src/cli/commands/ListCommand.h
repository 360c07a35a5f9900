#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace pr::cli {

// list ENTITY: the records of one part of the register, one per line (or JSON).
class ListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ListCommand)
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    void defineOptions(QCommandLineParser& parser) const override;
    ExitCode run(CommandContext& context, const QCommandLineParser& arguments) override;
};

} // namespace pr::cli
