#include "report/DocumentRenderer.h"

#include "core/AppInfo.h"
#include "report/ReportError.h"
#include "report/model/DocumentLanguage.h"
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
    }
    return {};
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
        return PrivacyStatementModel::build(m_db, context, language);
    case DocumentKind::Dpa:
        return DpaModel::build(m_db, request.clientId, request.agreementId, context, language,
                               request.firmSignsOn);
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
    }
    return {};
}

QString DocumentRenderer::renderText(const DocumentRequest& request) const
{
    const QVariantMap model = viewModel(request);
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
    return renderer.render(source.text, model, source.origin);
}

QByteArray DocumentRenderer::render(const DocumentRequest& request) const
{
    const QString text = renderText(request);
    if (request.format == DocumentFormat::Pdf) {
        return toPdf(text, request);
    }
    return text.toUtf8();
}

QByteArray DocumentRenderer::toPdf(const QString& html, const DocumentRequest& request) const
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
    return PdfDocumentWriter(metadata, options).write(html);
}

} // namespace pr::report
