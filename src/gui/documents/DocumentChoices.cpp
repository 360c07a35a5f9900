#include "gui/documents/DocumentChoices.h"

#include "report/DocumentRenderer.h"
#include "report/template/TemplateLibrary.h"

using pr::report::DocumentFormat;
using pr::report::DocumentKind;

namespace pr::gui {

namespace {

// Whether the program has its own template for KIND in LANGUAGE and FORMAT.
bool hasBuiltInTemplate(DocumentKind kind, const QString& language, DocumentFormat format)
{
    report::DocumentRequest request;
    request.kind = kind;
    request.language = language;
    request.format = format;
    return report::TemplateLibrary::isBuiltIn(report::DocumentRenderer::templateName(request));
}

const QStringList& knownLanguages()
{
    static const QStringList languages{QStringLiteral("nl"), QStringLiteral("en")};
    return languages;
}

} // namespace

QList<DocumentKind> DocumentChoices::kinds()
{
    return {DocumentKind::PrivacyStatement,     DocumentKind::Dpa,
            DocumentKind::ProcessingRegister,   DocumentKind::AcknowledgementLetter,
            DocumentKind::IdentificationLetter, DocumentKind::ExtensionLetter,
            DocumentKind::AccessLetter,         DocumentKind::RefusalLetter,
            DocumentKind::ErasureLetter,        DocumentKind::BreachRegister};
}

QString DocumentChoices::title(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::PrivacyStatement:
        return tr("Privacy statement");
    case DocumentKind::Dpa:
        return tr("Data processing agreement with a client");
    case DocumentKind::ProcessingRegister:
        return tr("Register of processing activities");
    case DocumentKind::AcknowledgementLetter:
        return tr("Letter: receipt of a request confirmed");
    case DocumentKind::IdentificationLetter:
        return tr("Letter: proof of identity asked for");
    case DocumentKind::ExtensionLetter:
        return tr("Letter: answer period extended");
    case DocumentKind::AccessLetter:
        return tr("Letter: answer to an access request");
    case DocumentKind::RefusalLetter:
        return tr("Letter: request refused");
    case DocumentKind::ErasureLetter:
        return tr("Letter: erasure confirmed");
    case DocumentKind::SubProcessorNotice:
        return tr("Notice to a client: new sub-processor");
    case DocumentKind::BreachNotificationAp:
        return tr("Data breach: notification to the AP");
    case DocumentKind::BreachNotificationClient:
        return tr("Data breach: notification to the client");
    case DocumentKind::BreachNotificationSubjects:
        return tr("Data breach: letter to the people affected");
    case DocumentKind::BreachRegister:
        return tr("Register of data breaches");
    }
    return {};
}

QStringList DocumentChoices::languages(DocumentKind kind)
{
    QStringList result;
    for (const QString& language : knownLanguages()) {
        if (hasBuiltInTemplate(kind, language, DocumentFormat::Pdf)) {
            result << language;
        }
    }
    return result;
}

QString DocumentChoices::languageTitle(const QString& code)
{
    if (code == u"nl") {
        return tr("Dutch");
    }
    if (code == u"en") {
        return tr("English");
    }
    return code;
}

QList<DocumentFormat> DocumentChoices::formats(DocumentKind kind)
{
    QList<DocumentFormat> result{DocumentFormat::Pdf, DocumentFormat::Html};
    // Markdown only where a Markdown template exists: the privacy statement, for websites.
    if (hasBuiltInTemplate(kind, QStringLiteral("nl"), DocumentFormat::Markdown)) {
        result << DocumentFormat::Markdown;
    }
    return result;
}

QString DocumentChoices::formatTitle(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Pdf:
        return tr("PDF (to print and sign)");
    case DocumentFormat::Html:
        return tr("HTML (a web page)");
    case DocumentFormat::Markdown:
        return tr("Markdown (for a website)");
    }
    return {};
}

QString DocumentChoices::fileFilter(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Pdf:
        return tr("PDF documents (*.pdf)");
    case DocumentFormat::Html:
        return tr("Web pages (*.html)");
    case DocumentFormat::Markdown:
        return tr("Markdown files (*.md)");
    }
    return {};
}

QString DocumentChoices::suffix(DocumentFormat format)
{
    return report::documentFormatCode(format);
}

bool DocumentChoices::needsClient(DocumentKind kind)
{
    return kind == DocumentKind::Dpa;
}

bool DocumentChoices::needsRequest(DocumentKind kind)
{
    return report::isLetter(kind);
}

bool DocumentChoices::needsActivities(DocumentKind kind)
{
    return kind == DocumentKind::AccessLetter;
}

bool DocumentChoices::needsAudience(DocumentKind kind)
{
    return kind == DocumentKind::PrivacyStatement;
}

} // namespace pr::gui
