#include "cli/commands/RenderCommand.h"

#include "cli/CommandContext.h"
#include "cli/UsageError.h"
#include "core/settings/AppSettings.h"
#include "report/DocumentRenderer.h"
#include "report/ReportError.h"
#include "report/template/TemplateError.h"
#include "storage/ByteView.h"
#include "storage/file/AtomicFile.h"

namespace pr::cli {

namespace {
const QString kClient = QStringLiteral("client");
const QString kFormat = QStringLiteral("format");
const QString kLanguage = QStringLiteral("language");
const QString kTemplate = QStringLiteral("template");
const QString kOut = QStringLiteral("out");
} // namespace

// Unqualified in the definition below: lupdate misreads a qualified return type in front of
// a function with tr() in it and files the strings under a context the program never uses.
using report::DocumentRequest;

DocumentRequest RenderCommand::readRequest(const QCommandLineParser& arguments)
{
    const QStringList positional = arguments.positionalArguments();
    const auto kind =
        positional.size() == 1 ? report::documentKindFromCode(positional.first()) : std::nullopt;
    if (!kind) {
        throw UsageError(tr("write: render DOCUMENT, with DOCUMENT one of: "
                            "privacy-statement, dpa, register"));
    }
    const auto format = report::documentFormatFromCode(arguments.value(kFormat));
    if (!format) {
        throw UsageError(
            tr("unknown format '%1'; use pdf, html or md").arg(arguments.value(kFormat)));
    }
    if (!arguments.isSet(kOut) || arguments.value(kOut).isEmpty()) {
        throw UsageError(tr("--out PATH is required"));
    }
    report::DocumentRequest request;
    request.kind = *kind;
    request.format = *format;
    request.language = arguments.value(kLanguage);
    if (*kind == report::DocumentKind::Dpa) {
        bool ok = false;
        request.clientId = arguments.value(kClient).toLongLong(&ok);
        if (!arguments.isSet(kClient) || !ok || request.clientId <= 0) {
            throw UsageError(tr("a dpa needs --client ID (see: list clients)"));
        }
    } else if (arguments.isSet(kClient)) {
        throw UsageError(tr("--client only applies to dpa"));
    }
    return request;
}

QString RenderCommand::summary() const
{
    return tr("Make the privacy statement, a client's DPA or the register as PDF, HTML or "
              "Markdown.");
}

QString RenderCommand::details() const
{
    return tr("DOCUMENT is privacy-statement, dpa (needs --client) or register. Markdown is "
              "made of the privacy statement only; --language en gives the English DPA. The "
              "template is the one given with --template, else your own copy in the data "
              "folder, else the built-in one (docs/templates.md). The file is written "
              "atomically and readable by you only; it holds personal data from the register.");
}

void RenderCommand::defineOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("document"),
                                 tr("privacy-statement, dpa or register"));
    parser.addOption({kClient, tr("The client of the DPA (see: list clients)."), tr("ID")});
    parser.addOption(
        {kFormat, tr("pdf (default), html or md."), tr("FORMAT"), QStringLiteral("pdf")});
    parser.addOption({kLanguage, tr("nl (default), or en for the English DPA."), tr("LANGUAGE"),
                      QStringLiteral("nl")});
    parser.addOption({kTemplate, tr("Use the template in PATH instead."), tr("PATH")});
    parser.addOption({kOut, tr("Write the document to PATH (required)."), tr("PATH")});
}

ExitCode RenderCommand::run(CommandContext& context, const QCommandLineParser& arguments)
{
    report::DocumentRequest request = readRequest(arguments);
    if (arguments.isSet(kTemplate)) {
        const QString path = arguments.value(kTemplate);
        request.templateOverride =
            report::TemplateOverride{QString::fromUtf8(storage::AtomicFile::read(path)), path};
    }
    try {
        report::DocumentRenderer::validate(request);
    } catch (const report::ReportError& error) {
        throw UsageError(QString::fromUtf8(error.what()));
    }

    const auto reg = context.openRegister(storage::OpenMode::ReadOnly);
    report::DocumentRenderer renderer(reg->database(), context.clock());
    renderer.setPromisedAnswerPeriod(core::AppSettings().promisedAnswerPeriod());
    QByteArray document;
    try {
        document = renderer.render(request);
    } catch (const report::TemplateError& error) {
        // The file, line and column, so that the template can be fixed.
        context.err() << tr("The template cannot be used: %1").arg(error.message()) << '\n';
        return ExitCode::Failed;
    } catch (const report::ReportError& error) {
        context.err() << QString::fromUtf8(error.what()) << '\n';
        return ExitCode::Failed;
    }
    // Atomic and owner-only: a failed write leaves no half document and the old file as it was.
    storage::AtomicFile::write(arguments.value(kOut), storage::byteView(document));
    context.out() << tr("Wrote %1.").arg(arguments.value(kOut)) << '\n';
    return ExitCode::Success;
}

} // namespace pr::cli
