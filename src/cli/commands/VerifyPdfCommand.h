#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace pr::cli {

// verify-pdf FILE: checks every signature of a PDF (byte range, digest, CMS signature). Needs
// no register. Exit 0 when the PDF is signed and every signature is valid, 1 when it is not
// signed or a signature is not valid, 4 when the file is not a readable PDF.
class VerifyPdfCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(VerifyPdfCommand)
public:
    QString name() const override { return QStringLiteral("verify-pdf"); }
    QString summary() const override;
    QString details() const override;
    void defineOptions(QCommandLineParser& parser) const override;
    ExitCode run(CommandContext& context, const QCommandLineParser& arguments) override;
};

} // namespace pr::cli
