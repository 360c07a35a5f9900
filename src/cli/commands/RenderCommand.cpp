#include "cli/commands/RenderCommand.h"

#include "cli/ChangeFailure.h"
#include "cli/CommandContext.h"
#include "cli/DpaWarnings.h"
#include "cli/UsageError.h"
#include "report/DocumentRenderer.h"
#include "report/ReportError.h"
#include "report/model/DpaModel.h"
#include "report/template/TemplateError.h"
#include "storage/ByteView.h"
#include "storage/file/AtomicFile.h"
#include "storage/repositories/AgreementRepository.h"
#include "usecases/english/EnglishTexts.h"
#include "usecases/signing/SignAgreement.h"

namespace pr::cli {

namespace {
const QString kClient = QStringLiteral("client");
const QString kFormat = QStringLiteral("format");
const QString kLanguage = QStringLiteral("language");
const QString kTemplate = QStringLiteral("template");
const QString kOut = QStringLiteral("out");
const QString kRequest = QStringLiteral("request");
const QString kLetter = QStringLiteral("letter");
const QString kActivities = QStringLiteral("activities");
const QString kLetterDocument = QStringLiteral("letter");
const QString kSign = QStringLiteral("sign");
const QString kAudience = QStringLiteral("audience");
const QString kDraft = QStringLiteral("draft");
const QString kAgreement = QStringLiteral("agreement");
const QString kSubProcessor = QStringLiteral("sub-processor");
const QString kReplaces = QStringLiteral("replaces");
const QString kBreach = QStringLiteral("breach");
const QString kTo = QStringLiteral("to");
const QString kBreachNotification = QStringLiteral("breach-notification");
} // namespace

// Unqualified in the definition below: lupdate misreads a qualified return type in front of
// a function with tr() in it and files the strings under a context the program never uses.
using report::DocumentRequest;

DocumentRequest RenderCommand::readRequest(const QCommandLineParser& arguments)
{
    const QStringList positional = arguments.positionalArguments();
    const bool letter = positional.size() == 1 && positional.first() == kLetterDocument;
    const bool breachNotification =
        positional.size() == 1 && positional.first() == kBreachNotification;
    const auto kind =
        positional.size() == 1 ? report::documentKindFromCode(positional.first()) : std::nullopt;
    // A letter's own code ("letter-access") is not a DOCUMENT: letters go through --letter,
    // the notifications of a breach through --to.
    if (!letter && !breachNotification &&
        (!kind || report::isLetter(*kind) || report::isBreachNotification(*kind))) {
        throw UsageError(tr("write: render DOCUMENT, with DOCUMENT one of: "
                            "privacy-statement, dpa, register, letter, subprocessor-notice, "
                            "breach-notification, breaches"));
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
    request.format = *format;
    request.language = arguments.value(kLanguage);
    if (letter) {
        readLetter(arguments, request);
    } else if (breachNotification) {
        readBreachNotification(arguments, request);
    } else if (arguments.isSet(kRequest) || arguments.isSet(kLetter) ||
               arguments.isSet(kActivities)) {
        throw UsageError(tr("--request, --letter and --activities only apply to letter"));
    } else {
        request.kind = *kind;
    }
    if (request.kind == report::DocumentKind::SubProcessorNotice) {
        readSubProcessorNotice(arguments, request);
    } else if (arguments.isSet(kSubProcessor) || arguments.isSet(kReplaces)) {
        throw UsageError(tr("--sub-processor and --replaces only apply to subprocessor-notice"));
    }
    if (request.kind == report::DocumentKind::Dpa) {
        bool ok = false;
        request.clientId = arguments.value(kClient).toLongLong(&ok);
        if (!arguments.isSet(kClient) || !ok || request.clientId <= 0) {
            throw UsageError(tr("a dpa needs --client ID (see: list clients)"));
        }
        if (arguments.isSet(kAgreement)) {
            request.agreementId = arguments.value(kAgreement).toLongLong(&ok);
            if (!ok || request.agreementId <= 0) {
                throw UsageError(tr("--agreement takes an agreement's id (see: list agreements)"));
            }
        }
    } else if (arguments.isSet(kAgreement)) {
        throw UsageError(tr("--agreement only applies to dpa"));
    } else if (arguments.isSet(kClient) &&
               request.kind != report::DocumentKind::SubProcessorNotice &&
               request.kind != report::DocumentKind::BreachNotificationClient) {
        throw UsageError(tr("--client only applies to dpa, subprocessor-notice and "
                            "breach-notification --to client"));
    }
    if (!breachNotification && (arguments.isSet(kBreach) || arguments.isSet(kTo))) {
        throw UsageError(tr("--breach and --to only apply to breach-notification"));
    }
    if (arguments.isSet(kDraft)) {
        if (request.kind != report::DocumentKind::Dpa) {
            throw UsageError(tr("--draft only applies to dpa"));
        }
        if (arguments.isSet(kSign)) {
            throw UsageError(tr("--draft and --sign exclude each other: a draft is not signed"));
        }
        request.newVersionDraft = true;
    }
    if (arguments.isSet(kAudience)) {
        if (request.kind != report::DocumentKind::PrivacyStatement) {
            throw UsageError(tr("--audience only applies to privacy-statement"));
        }
        const auto audience =
            core::enumFromCode<core::StatementAudience>(arguments.value(kAudience));
        if (!audience) {
            throw UsageError(tr("unknown audience '%1'; use customers, staff or applicants")
                                 .arg(arguments.value(kAudience)));
        }
        request.audience = *audience;
    }
    return request;
}

void RenderCommand::readLetter(const QCommandLineParser& arguments, DocumentRequest& request)
{
    const auto kind = report::letterFromCode(arguments.value(kLetter));
    if (!kind) {
        throw UsageError(tr("a letter needs --letter with one of: acknowledgement, "
                            "identification, extension, access, refusal, erasure"));
    }
    request.kind = *kind;
    bool ok = false;
    request.requestId = arguments.value(kRequest).toLongLong(&ok);
    if (!arguments.isSet(kRequest) || !ok || request.requestId <= 0) {
        throw UsageError(tr("a letter needs --request ID (see: list requests)"));
    }
    if (*kind != report::DocumentKind::AccessLetter) {
        if (arguments.isSet(kActivities)) {
            throw UsageError(tr("--activities only applies to --letter access"));
        }
        return;
    }
    for (const QString& item : arguments.value(kActivities).split(u',', Qt::SkipEmptyParts)) {
        const qint64 id = item.trimmed().toLongLong(&ok);
        if (!ok || id <= 0) {
            throw UsageError(tr("--activities takes activity ids separated by commas, e.g. "
                                "11,12 (see: list activities); '%1' is not one")
                                 .arg(item.trimmed()));
        }
        request.activityIds.append(id);
    }
    if (request.activityIds.isEmpty()) {
        throw UsageError(tr("the access letter needs --activities with the ids of the "
                            "activities that concern the person, e.g. 11,12 (see: list "
                            "activities)"));
    }
}

void RenderCommand::readSubProcessorNotice(const QCommandLineParser& arguments,
                                           DocumentRequest& request)
{
    bool ok = false;
    request.subProcessorId = arguments.value(kSubProcessor).toLongLong(&ok);
    if (!arguments.isSet(kSubProcessor) || !ok || request.subProcessorId <= 0) {
        throw UsageError(
            tr("a subprocessor-notice needs --sub-processor ID (see: list sub-processors)"));
    }
    request.clientId = arguments.value(kClient).toLongLong(&ok);
    if (!arguments.isSet(kClient) || !ok || request.clientId <= 0) {
        throw UsageError(tr("a subprocessor-notice needs --client ID (see: subprocessor-notice "
                            "clients --sub-processor ID)"));
    }
    request.replacesName = arguments.value(kReplaces).trimmed();
}

void RenderCommand::readBreachNotification(const QCommandLineParser& arguments,
                                           DocumentRequest& request)
{
    const QString to = arguments.value(kTo);
    if (to == u"ap") {
        request.kind = report::DocumentKind::BreachNotificationAp;
    } else if (to == u"client") {
        request.kind = report::DocumentKind::BreachNotificationClient;
    } else if (to == u"subjects") {
        request.kind = report::DocumentKind::BreachNotificationSubjects;
    } else {
        throw UsageError(tr("a breach-notification needs --to with one of: ap, client, subjects"));
    }
    bool ok = false;
    request.breachId = arguments.value(kBreach).toLongLong(&ok);
    if (!arguments.isSet(kBreach) || !ok || request.breachId <= 0) {
        throw UsageError(tr("a breach-notification needs --breach ID (see: list breaches)"));
    }
    if (arguments.isSet(kClient)) {
        request.clientId = arguments.value(kClient).toLongLong(&ok);
        if (!ok || request.clientId <= 0) {
            throw UsageError(tr("--client takes a client's id (see: list clients)"));
        }
    }
}

QString RenderCommand::summary() const
{
    return tr("Make the privacy statement, a client's DPA, the register, a letter about a "
              "data-subject request, a sub-processor notice, a breach notification or the "
              "register of breaches as PDF, HTML or Markdown.");
}

QString RenderCommand::details() const
{
    return tr("DOCUMENT is privacy-statement (for --audience customers, staff or "
              "applicants; customers by default), dpa (needs --client), register, letter (needs "
              "--request and --letter; the access letter also --activities) or "
              "subprocessor-notice (needs --sub-processor and --client; --replaces NAME when "
              "it takes over from another; a notice recorded as sent keeps its own date and "
              "period), breach-notification (needs --breach and --to ap, client or subjects: "
              "the notification to the AP in the order of its form and the letter to the "
              "people affected for a breach of the firm's own data, the notification to the "
              "client for a breach of a client's data) or breaches (every breach, reported or "
              "not, art. 33(5)). Markdown is "
              "made of the privacy statement only; --language en gives the English DPA. The "
              "template is the one given with --template, else your own copy in the data "
              "folder, else the built-in one (docs/templates.md). The file is written "
              "atomically and readable by you only; it holds personal data from the register. "
              "The DPA of a signed agreement is the signed PDF the register keeps, byte for "
              "byte; --draft gives today's register as the draft of a new version.");
}

void RenderCommand::defineOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("document"),
                                 tr("privacy-statement, dpa, register, letter, "
                                    "subprocessor-notice, breach-notification or breaches"));
    parser.addOption(
        {kClient, tr("The client of the DPA or the notice (see: list clients)."), tr("ID")});
    parser.addOption({kSubProcessor,
                      tr("Sub-processor notice: the sub-processor it announces (see: list "
                         "sub-processors)."),
                      tr("ID")});
    parser.addOption({kReplaces,
                      tr("Sub-processor notice: the sub-processor it replaces, when not an "
                         "addition."),
                      tr("NAME")});
    parser.addOption(
        {kBreach, tr("Breach notification: the breach (see: list breaches)."), tr("ID")});
    parser.addOption({kTo,
                      tr("Breach notification: ap (the Autoriteit Persoonsgegevens), client "
                         "(the client whose data it was) or subjects (the people affected)."),
                      tr("TO")});
    parser.addOption({kAgreement,
                      tr("DPA: one of the client's agreements (see: list agreements); default "
                         "the current one, the latest that is not terminated."),
                      tr("ID")});
    parser.addOption(
        {kRequest, tr("Letter: the data-subject request (see: list requests)."), tr("ID")});
    parser.addOption({kLetter,
                      tr("Letter: acknowledgement, identification, extension, access, refusal "
                         "or erasure."),
                      tr("LETTER")});
    parser.addOption({kActivities,
                      tr("Access letter: the ids of the activities that concern the person, "
                         "separated by commas (see: list activities)."),
                      tr("IDS")});
    parser.addOption({kAudience,
                      tr("Privacy statement: for customers (default; also website visitors), "
                         "staff or applicants. Each names the activities chosen for it."),
                      tr("AUDIENCE")});
    parser.addOption(
        {kFormat, tr("pdf (default), html or md."), tr("FORMAT"), QStringLiteral("pdf")});
    parser.addOption({kLanguage, tr("nl (default), or en for the English DPA."), tr("LANGUAGE"),
                      QStringLiteral("nl")});
    parser.addOption({kTemplate, tr("Use the template in PATH instead."), tr("PATH")});
    parser.addOption({kOut, tr("Write the document to PATH (required)."), tr("PATH")});
    parser.addOption({kSign, tr("dpa as PDF: sign it with the register's certificate (PAdES).")});
    parser.addOption({kDraft, tr("dpa of a signed agreement: today's register as the draft of a "
                                 "new version, marked so on every page, instead of the signed "
                                 "PDF.")});
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

    if (arguments.isSet(kSign) && (request.kind != report::DocumentKind::Dpa ||
                                   request.format != report::DocumentFormat::Pdf)) {
        throw UsageError(tr("--sign only applies to a dpa as PDF"));
    }
    if (arguments.isSet(kSign)) {
        return signDpa(context, request, arguments.value(kOut));
    }
    const auto reg = context.openRegister(storage::OpenMode::ReadOnly);
    report::DocumentRenderer renderer(reg->database(), context.clock());
    renderer.setPromisedAnswerPeriod(context.settings().promisedAnswerPeriod());
    QByteArray document;
    std::optional<core::SignedVersion> stored;
    bool draft = false;
    bool keepsPdf = false;
    try {
        stored = renderer.storedRecord(request);
        draft = !stored && renderer.asNewVersionDraft(request);
        keepsPdf = draft && core::SignedVersion::of(
                                report::DpaModel::agreementFor(reg->database(), request.clientId,
                                                               request.agreementId))
                                .has_value();
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
    if (stored) {
        context.out() << tr("The agreement is signed: wrote its signed PDF as the register keeps "
                            "it (signed on %1, SHA-256 %2).")
                             .arg(stored->date.toString(Qt::ISODate), stored->sha256)
                      << '\n';
    } else if (draft && (keepsPdf || request.newVersionDraft)) {
        context.out() << tr("The agreement is signed: wrote today's register as the draft of a "
                            "new version, marked so on every page.")
                      << ' '
                      << (keepsPdf ? tr("The signed version is the PDF the register keeps "
                                        "(render without --draft; see show agreements ID).")
                                   : tr("The register keeps no signed PDF of it: attach the "
                                        "signed copy or its scan to keep it."))
                      << '\n';
    } else if (draft) {
        context.out() << tr("The agreement is signed, but the register keeps no signed PDF and "
                            "cannot show that it still says what was signed: wrote today's "
                            "register as the draft of a new version, marked so on every page. "
                            "Attach the signed copy or its scan to keep it.")
                      << '\n';
    }
    context.out() << tr("Wrote %1.").arg(arguments.value(kOut)) << '\n';
    if (request.kind == report::DocumentKind::Dpa && !stored) {
        printEnglishWarning(
            context, context.useCases(*reg), request,
            report::DpaModel::agreementFor(reg->database(), request.clientId, request.agreementId)
                .id);
    }
    return ExitCode::Success;
}

void RenderCommand::printEnglishWarning(CommandContext& context,
                                        const usecases::UseCaseContext& useCases,
                                        const report::DocumentRequest& request, qint64 agreementId)
{
    if (request.language != u"en") {
        return;
    }
    const QString warning = usecases::EnglishTexts::warning(useCases, agreementId);
    if (!warning.isEmpty()) {
        context.err() << "privacyregister-cli: " << tr("warning: %1").arg(warning) << '\n';
    }
}

ExitCode RenderCommand::signDpa(CommandContext& context, const report::DocumentRequest& request,
                                const QString& out)
{
    const auto reg = context.openRegister(storage::OpenMode::ReadWrite);
    const usecases::UseCaseContext useCases = context.useCases(*reg);
    std::optional<core::Agreement> agreement = report::DpaModel::current(
        storage::AgreementRepository::forClient(reg->database(), request.clientId));
    if (request.agreementId != 0) {
        agreement = storage::AgreementRepository::find(reg->database(), request.agreementId);
        if (agreement && agreement->clientId != request.clientId) {
            agreement.reset();
        }
    }
    if (!agreement) {
        context.err() << tr("Client %1 has no agreement to sign.").arg(request.clientId) << '\n';
        return ExitCode::Failed;
    }
    const usecases::SignedAgreement signedAgreement =
        usecases::SignAgreement::sign(useCases, agreement->id, request);
    if (!signedAgreement.ok()) {
        context.err() << signedAgreement.step.result.explanation() << '\n';
        return ExitCode::Failed;
    }
    // The register keeps the signed PDF; the file is the user's copy of it.
    storage::AtomicFile::write(out, storage::byteView(signedAgreement.pdf));
    if (signedAgreement.step.result.status == usecases::ChangeResult::Status::NotSaved) {
        context.out() << tr("Wrote %1.").arg(out) << '\n';
        context.err() << ChangeFailure::text(signedAgreement.step.result) << '\n';
        return ExitCode::Failed;
    }
    const core::Signatory& signer = signedAgreement.step.after->firmSignatory;
    context.out() << tr("Signed agreement %1 for the firm (%2, %3) and kept the signed PDF in "
                        "the register.")
                         .arg(QString::number(agreement->id), signer.name,
                              signer.date.toString(Qt::ISODate))
                  << '\n'
                  << tr("Wrote %1.").arg(out) << '\n';
    printDpaWarnings(context, useCases, agreement->id);
    printEnglishWarning(context, useCases, request, agreement->id);
    return ExitCode::Success;
}

} // namespace pr::cli
