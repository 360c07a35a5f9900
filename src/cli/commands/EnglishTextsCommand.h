#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace pr::cli {

// english-texts list|set|remove: the register's texts the English DPA shows, with their English
// versions, and recording one, through usecases::EnglishTexts (docs/cli.md).
class EnglishTextsCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(EnglishTextsCommand)
public:
    QString name() const override { return QStringLiteral("english-texts"); }
    QString summary() const override;
    QString details() const override;
    void defineOptions(QCommandLineParser& parser) const override;
    ExitCode run(CommandContext& context, const QCommandLineParser& arguments) override;
};

} // namespace pr::cli
