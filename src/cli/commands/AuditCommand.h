#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace pr::cli {

// audit: the audit trail — of the whole register or of one record.
class AuditCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
    void defineOptions(QCommandLineParser& parser) const override;
    ExitCode run(CommandContext& context, const QCommandLineParser& arguments) override;
};

} // namespace pr::cli
