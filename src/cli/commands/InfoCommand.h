#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace pr::cli {

// info: what the file is made of — format, key derivation, schema, rows per table. It shows
// no content of the register, so its output may be pasted into a bug report.
class InfoCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(InfoCommand)
public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override;
    void defineOptions(QCommandLineParser& parser) const override;
    ExitCode run(CommandContext& context, const QCommandLineParser& arguments) override;
};

} // namespace pr::cli
