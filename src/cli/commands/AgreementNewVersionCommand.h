#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace pr::cli {

// agreement-version --agreement ID: the next version of a signed agreement as a draft
// (usecases::NewAgreementVersion); the signed one stays the record (docs/cli.md).
class AgreementNewVersionCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(AgreementNewVersionCommand)
public:
    QString name() const override { return QStringLiteral("agreement-version"); }
    QString summary() const override;
    QString details() const override;
    void defineOptions(QCommandLineParser& parser) const override;
    ExitCode run(CommandContext& context, const QCommandLineParser& arguments) override;
};

} // namespace pr::cli
