#include "report/DocumentRenderer.h"

#include "core/AppInfo.h"
#include "core/domain/SignedVersion.h"
#include "report/ReportError.h"
#include "report/model/BreachNotificationModel.h"
#include "report/model/DocumentLanguage.h"
#include "report/model/DpaDrift.h"
#include "report/model/DpaModel.h"
#include "report/model/ImageMarkup.h"
#include "report/model/LetterModel.h"
#include "report/model/PrivacyStatementModel.h"
#include "report/model/ProcessingRegisterModel.h"
#include "report/model/SubProcessorNoticeModel.h"
#include "report/pdf/PdfDocumentWriter.h"
#include "report/template/HtmlHead.h"
#include "report/template/TemplateError.h"
#include "storage/repositories/OrganisationRepository.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace pr::report {

namespace {

QString baseName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::PrivacyStatement:
        return u"privacyverklaring"_s;
    case DocumentKind::Dpa:
        return u"verwerkersovereenkomst"_s;
    case DocumentKind::ProcessingRegister:
        return u"verwerkingsregister"_s;
    case DocumentKind::AcknowledgementLetter:
        return u"brief-ontvangstbevestiging"_s;
    case DocumentKind::IdentificationLetter:
        return u"brief-identificatie"_s;
    case DocumentKind::ExtensionLetter:
        return u"brief-verlenging"_s;
    case DocumentKind::AccessLetter:
        return u"brief-inzage"_s;
    case DocumentKind::RefusalLetter:
        return u"brief-weigering"_s;
    case DocumentKind::ErasureLetter:
        return u"brief-verwijdering"_s;
    case DocumentKind::SubProcessorNotice:
        return u"kennisgeving-subverwerker"_s;
    case DocumentKind::BreachNotificationAp:
        return u"melding-datalek-ap"_s;
    case DocumentKind::BreachNotificationClient:
        return u"melding-datalek-opdrachtgever"_s;
    case DocumentKind::BreachNotificationSubjects:
        return u"brief-datalek-betrokkenen"_s;
    case DocumentKind::BreachRegister:
        return u"register-datalekken"_s;
    }
    return {};
}

// The draft of a new version says so at the top of its first page (and of the HTML) too, above
// whatever the template (the user's own copy included) puts there. Program text, not register
// content.
QString withDraftBanner(const QString& html, const DocumentRequest& request)
{
    const DocumentLanguage& language = DocumentLanguage::forCode(request.language);
    const QString banner =
        u"<table width=\"100%\" cellpadding=\"6\" style=\"background-color: #eeeeee;\"><tr><td>"
        u"<b>"_s +
        language.newVersionDraftMark().toHtmlEscaped() + u"</b><br/>"_s +
        language.newVersionDraftNote().toHtmlEscaped() + u"</td></tr></table>"_s;
    const qsizetype body = html.indexOf(u"<body"_s, 0, Qt::CaseInsensitive);
    const qsizetype open = body < 0 ? -1 : html.indexOf(u'>', body);
    return open < 0 ? banner + html : html.left(open + 1) + banner + html.mid(open + 1);
}

} // namespace

DocumentRenderer::DocumentRenderer(const storage::SqliteDatabase& db, const core::Clock& clock,
                                   TemplateLibrary library)
    : m_db(db)
    , m_clock(clock)
    , m_library(std::move(library))
{}

QString DocumentRenderer::templateName(const DocumentRequest& request)
{
    // Dutch is the templates' own language; another gets a suffix: "-en".
    const QString language = request.language == u"nl"_s ? QString() : u'-' + request.language;
    const QString extension = request.format == DocumentFormat::Markdown ? u".md"_s : u".html"_s;
    return baseName(request.kind) + language + extension;
}

void DocumentRenderer::validate(const DocumentRequest& request)
{
    DocumentLanguage::forCode(request.language);
    if (request.format == DocumentFormat::Markdown &&
        request.kind != DocumentKind::PrivacyStatement) {
        throw ReportError(tr("Markdown is only made of the privacy statement; choose PDF or HTML.")
                              .toStdString());
    }
    if (request.kind == DocumentKind::Dpa && request.clientId <= 0) {
        throw ReportError(tr("A data processing agreement needs a client.").toStdString());
    }
    if (request.kind == DocumentKind::SubProcessorNotice &&
        (request.subProcessorId <= 0 || request.clientId <= 0)) {
        throw ReportError(
            tr("A sub-processor notice needs the sub-processor and the client it is for.")
                .toStdString());
    }
    if (isBreachNotification(request.kind) && request.breachId <= 0) {
        throw ReportError(tr("A breach notification needs the breach.").toStdString());
    }
    if (isLetter(request.kind) && request.requestId <= 0) {
        throw ReportError(tr("A letter needs the data-subject request it answers.").toStdString());
    }
    if (request.kind == DocumentKind::AccessLetter && request.activityIds.isEmpty()) {
        throw ReportError(tr("The answer to an access request needs at least one processing "
                             "activity: choose those that concern the person.")
                              .toStdString());
    }
    if (request.kind != DocumentKind::AccessLetter && !request.activityIds.isEmpty()) {
        throw ReportError(
            tr("Only the answer to an access request lists processing activities.").toStdString());
    }
    if (!request.templateOverride && !TemplateLibrary::isBuiltIn(templateName(request))) {
        throw ReportError(tr("There is no built-in template for this document in the language "
                             "\"%1\"; give one of your own.")
                              .arg(request.language)
                              .toStdString());
    }
}

QVariantMap DocumentRenderer::viewModel(const DocumentRequest& request) const
{
    validate(request);
    const DocumentLanguage& language = DocumentLanguage::forCode(request.language);
    const DocumentContext context{m_clock.today(), m_promise,
                                  request.format == DocumentFormat::Pdf};
    switch (request.kind) {
    case DocumentKind::PrivacyStatement:
        return PrivacyStatementModel::build(m_db, context, language, request.audience);
    case DocumentKind::Dpa:
        return DpaModel::build(m_db, request.clientId, request.agreementId, context, language,
                               request.firmSignsOn, asNewVersionDraft(request));
    case DocumentKind::ProcessingRegister:
        return ProcessingRegisterModel::build(m_db, context, language);
    case DocumentKind::AcknowledgementLetter:
    case DocumentKind::IdentificationLetter:
    case DocumentKind::ExtensionLetter:
    case DocumentKind::AccessLetter:
    case DocumentKind::RefusalLetter:
    case DocumentKind::ErasureLetter:
        return LetterModel::build(m_db, request, context, language);
    case DocumentKind::SubProcessorNotice:
        return SubProcessorNoticeModel::build(m_db, request, context, language);
    case DocumentKind::BreachNotificationAp:
    case DocumentKind::BreachNotificationClient:
    case DocumentKind::BreachNotificationSubjects:
        return BreachNotificationModel::build(m_db, request, context, language);
    case DocumentKind::BreachRegister:
        return BreachNotificationModel::buildRegister(m_db, context, language);
    }
    return {};
}

bool DocumentRenderer::asNewVersionDraft(const DocumentRequest& request) const
{
    if (request.kind != DocumentKind::Dpa || request.firmSignsOn.isValid()) {
        return false;
    }
    const core::Agreement agreement =
        DpaModel::agreementFor(m_db, request.clientId, request.agreementId);
    if (!core::SignedVersion::isSigned(agreement)) {
        return false;
    }
    // Signed: a render shows the signatures only while the register still makes exactly what
    // was signed; otherwise the signature dates would stand under a text nobody signed.
    return request.newVersionDraft ||
           DpaDrift::check(m_db, agreement).status != DpaDrift::Status::Same;
}

QString DocumentRenderer::renderText(const DocumentRequest& request) const
{
    return renderModel(request, viewModel(request));
}

QString DocumentRenderer::renderModel(const DocumentRequest& request,
                                      const QVariantMap& model) const
{
    TemplateLibrary::Template source;
    if (request.templateOverride) {
        source.text = request.templateOverride->text;
        source.origin = request.templateOverride->name;
    } else {
        source = m_library.load(templateName(request));
    }
    TemplateRenderer renderer = m_library.renderer();
    if (request.format == DocumentFormat::Markdown) {
        renderer.setEscaping(TemplateRenderer::Escaping::Markdown);
    }
    // A misspelt name would render as nothing and leave a hole in a legal document.
    const QList<UnknownName> unknown = renderer.unknownNames(source.text, model, source.origin);
    if (!unknown.isEmpty()) {
        throw TemplateError(unknown.constFirst().location,
                            tr("the document has no field \"%1\" (docs/templates.md lists them)")
                                .arg(unknown.constFirst().name));
    }
    const QString text = renderer.render(source.text, model, source.origin);
    const bool draft = model.value(u"document"_s).toMap().value(u"newVersionDraft"_s).toBool();
    return draft && request.format != DocumentFormat::Markdown ? withDraftBanner(text, request)
                                                               : text;
}

std::optional<core::SignedVersion>
DocumentRenderer::storedRecord(const DocumentRequest& request) const
{
    if (request.kind != DocumentKind::Dpa || request.format != DocumentFormat::Pdf ||
        request.newVersionDraft || request.firmSignsOn.isValid()) {
        return std::nullopt;
    }
    validate(request);
    const core::Agreement agreement =
        DpaModel::agreementFor(m_db, request.clientId, request.agreementId);
    if (!core::SignedVersion::isSigned(agreement)) {
        return std::nullopt;
    }
    return core::SignedVersion::of(agreement);
}

QByteArray DocumentRenderer::render(const DocumentRequest& request) const
{
    // A signed agreement is what was signed, byte for byte: never a new render.
    if (const std::optional<core::SignedVersion> stored = storedRecord(request)) {
        return stored->pdf;
    }
    const QVariantMap model = viewModel(request);
    const QString text = renderModel(request, model);
    if (request.format == DocumentFormat::Pdf) {
        const bool draft = model.value(u"document"_s).toMap().value(u"newVersionDraft"_s).toBool();
        return toPdf(text, request, draft);
    }
    return text.toUtf8();
}

QByteArray DocumentRenderer::toPdf(const QString& html, const DocumentRequest& request,
                                   bool newVersionDraft) const
{
    const DocumentLanguage& language = DocumentLanguage::forCode(request.language);
    const core::Organisation firm =
        storage::OrganisationRepository::find(m_db).value_or(core::Organisation{});

    PdfMetadata metadata;
    // From the template, so that they are in the document's language.
    metadata.title = HtmlHead::title(html);
    metadata.subject = HtmlHead::description(html);
    metadata.author = firm.legalName;
    metadata.creator = QLatin1String(app::kName) + u' ' + QLatin1String(app::kVersion);
    metadata.created = m_clock.now();

    PageOptions options;
    options.headerText = firm.legalName;
    // A logo that is not an image leaves the header without one rather than failing the
    // document: the body never depended on it.
    options.logoPng = ImageMarkup::flattenedPng(firm.logoPng);
    options.footerPattern = language.pageFooterPattern();
    if (request.kind == DocumentKind::Dpa) {
        options.initialsLine = language.initialsLine();
    }
    if (newVersionDraft) {
        options.draftMark = language.newVersionDraftMark();
        metadata.title = language.newVersionDraftMark() + u" – "_s + metadata.title;
    }
    return PdfDocumentWriter(metadata, options).write(html);
}

} // namespace pr::report
