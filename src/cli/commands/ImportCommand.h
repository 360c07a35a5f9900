#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace pr::cli {

// import FILE: fills an empty register from a JSON document, all or nothing.
class ImportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString details() const override;
    void defineOptions(QCommandLineParser& parser) const override;
    ExitCode run(CommandContext& context, const QCommandLineParser& arguments) override;
};

} // namespace pr::cli
