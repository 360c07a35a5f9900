#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace pr::cli {

// subprocessor-notice clients|list|sent|objection: the clients a sub-processor change touches,
// the notices with their objection periods, and recording that a notice was sent or that a
// client objected, through usecases::SubProcessorNotices (docs/cli.md). The notice itself is
// made with `render subprocessor-notice`.
class SubProcessorNoticeCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(SubProcessorNoticeCommand)
public:
    QString name() const override { return QStringLiteral("subprocessor-notice"); }
    QString summary() const override;
    QString details() const override;
    void defineOptions(QCommandLineParser& parser) const override;
    ExitCode run(CommandContext& context, const QCommandLineParser& arguments) override;
};

} // namespace pr::cli
