#pragma once

#include "core/calendar/Period.h"
#include "core/domain/SignedVersion.h"
#include "core/time/Clock.h"
#include "report/DocumentRequest.h"
#include "report/template/TemplateLibrary.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace pr::storage {
class SqliteDatabase;
}

namespace pr::report {

// Makes the documents of the register: the privacy statement, the DPA with one client, the
// register of processing activities and the letters about a data-subject request, as PDF,
// HTML or (the privacy statement) Markdown. The GUI and the CLI both call this; nothing is
// written to disk here.
//
// The steps: the view model from the register (src/report/model/, docs/templates.md), the
// template (the request's override, else the user's copy in the data folder, else the
// built-in one), a check of the template against the view model, rendering with every value
// escaped, and for PDF the page layout of PdfDocumentWriter (A4, PDF/A-1b, running header
// with the firm's name and logo, "Pagina X van Y", the initials line on every DPA page).
class DocumentRenderer {
    Q_DECLARE_TR_FUNCTIONS(pr::report::DocumentRenderer)

public:
    // DB and CLOCK must outlive the renderer. The clock dates the document and the PDF.
    DocumentRenderer(
        const storage::SqliteDatabase& db, const core::Clock& clock,
        TemplateLibrary library = TemplateLibrary(TemplateLibrary::defaultUserFolder()));

    // The firm's own answer period, printed in the privacy statement (AppSettings).
    void setPromisedAnswerPeriod(const core::Period& period) { m_promise = period; }

    // The document's bytes: PDF, or UTF-8 HTML or Markdown. The DPA as PDF of a signed
    // agreement that keeps its signed PDF is that PDF (storedRecord()), unless the request asks
    // for the draft of a new version. Throws ReportError when the
    // request makes no sense (validate()), TemplateError for a template that is broken or
    // uses a name the view model does not have (with its line and column),
    // storage::MissingRecordError for a client or agreement that is not in the register,
    // FileAccessError when a user's template cannot be read. Needs a QGuiApplication for PDF.
    QByteArray render(const DocumentRequest& request) const;

    // The rendered template before the PDF step: HTML (for a PDF request, the HTML the pages
    // are laid out from) or Markdown. Throws as render().
    QString renderText(const DocumentRequest& request) const;

    // The view model REQUEST's template gets; for the template editor's list of variables.
    QVariantMap viewModel(const DocumentRequest& request) const;

    // The template REQUEST uses when it has no override: "privacyverklaring.html",
    // "privacyverklaring.md", "verwerkersovereenkomst-en.html", ...
    static QString templateName(const DocumentRequest& request);
    // Throws ReportError for a request that cannot be made: Markdown of anything but the
    // privacy statement, a DPA without a client, a letter without a request, an access letter
    // without activities (or activities for another letter), an unknown language, or a
    // language without a built-in template when there is no override. Whether a letter fits
    // the request's state needs the register: render() and viewModel() check that.
    static void validate(const DocumentRequest& request);

    // The signed PDF render() gives for REQUEST instead of rendering: a DPA as PDF, not asked as
    // a draft of a new version nor to be signed now, of a signed agreement that keeps a signed
    // PDF (core::SignedVersion). Throws as render() for a client or agreement that is not there.
    std::optional<core::SignedVersion> storedRecord(const DocumentRequest& request) const;

    // Whether REQUEST's DPA is rendered as the draft of a new version (DocumentRequest::
    // newVersionDraft): asked for, or forced because the agreement is signed and the register
    // no longer makes, or cannot show it still makes, what was signed.
    bool asNewVersionDraft(const DocumentRequest& request) const;

private:
    QString renderModel(const DocumentRequest& request, const QVariantMap& model) const;
    QByteArray toPdf(const QString& html, const DocumentRequest& request,
                     bool newVersionDraft) const;

    const storage::SqliteDatabase& m_db;
    const core::Clock& m_clock;
    TemplateLibrary m_library;
    core::Period m_promise{4, core::Period::Unit::Weeks};
};

} // namespace pr::report
