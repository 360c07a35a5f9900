#pragma once

#include "cli/Command.h"
#include "report/DocumentRequest.h"

#include <QCoreApplication>

namespace pr::usecases {
class UseCaseContext;
}

namespace pr::cli {

// render privacy-statement|dpa|register|letter|subprocessor-notice: one document of the register,
// or a letter about a data-subject request, or the notice of a sub-processor to a client, as PDF,
// HTML or Markdown, written to a file (docs/cli.md, docs/templates.md).
class RenderCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(RenderCommand)
public:
    QString name() const override { return QStringLiteral("render"); }
    QString summary() const override;
    QString details() const override;
    void defineOptions(QCommandLineParser& parser) const override;
    ExitCode run(CommandContext& context, const QCommandLineParser& arguments) override;

private:
    // Everything that can be checked without the register, so that a typo costs no password.
    static report::DocumentRequest readRequest(const QCommandLineParser& arguments);
    // render letter: --letter, --request and (access) --activities into REQUEST.
    static void readLetter(const QCommandLineParser& arguments, report::DocumentRequest& request);
    // render subprocessor-notice: --sub-processor, --client and --replaces into REQUEST.
    static void readSubProcessorNotice(const QCommandLineParser& arguments,
                                       report::DocumentRequest& request);
    static void readBreachNotification(const QCommandLineParser& arguments,
                                       report::DocumentRequest& request);
    // render dpa --sign: signs the client's current agreement for the firm
    // (usecases::SignAgreement, which records the step and keeps the PDF) and writes a copy
    // to OUT.
    static ExitCode signDpa(CommandContext& context, const report::DocumentRequest& request,
                            const QString& out);
    // For the English DPA of agreement AGREEMENT_ID: which register texts it shows in Dutch
    // (usecases::EnglishTexts), as a "warning: …" line on standard error.
    static void printEnglishWarning(CommandContext& context,
                                    const usecases::UseCaseContext& useCases,
                                    const report::DocumentRequest& request, qint64 agreementId);
};

} // namespace pr::cli
