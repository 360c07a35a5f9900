#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace pr::cli {

// export: the whole register as one JSON document (docs/json-format.md).
class ExportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    QString details() const override;
    void defineOptions(QCommandLineParser& parser) const override;
    ExitCode run(CommandContext& context, const QCommandLineParser& arguments) override;
};

} // namespace pr::cli
