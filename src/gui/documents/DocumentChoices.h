#pragma once

#include "report/DocumentKind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace pr::gui {

// What the Documents page offers and how it names it: the documents in the order of its list,
// and for each the languages and formats it can be made in. Languages and formats follow the
// built-in templates (TemplateLibrary), so a template added to resources/templates appears
// here without a change to the page.
class DocumentChoices {
    Q_DECLARE_TR_FUNCTIONS(pr::gui::DocumentChoices)

public:
    static QList<report::DocumentKind> kinds();
    // "Privacy statement", "Data processing agreement", … (program language).
    static QString title(report::DocumentKind kind);

    // Language codes with a built-in template for KIND, Dutch first.
    static QStringList languages(report::DocumentKind kind);
    static QString languageTitle(const QString& code);

    static QList<report::DocumentFormat> formats(report::DocumentKind kind);
    static QString formatTitle(report::DocumentFormat format);
    // The file dialog's filter ("PDF documents (*.pdf)") and the suffix without the dot.
    static QString fileFilter(report::DocumentFormat format);
    static QString suffix(report::DocumentFormat format);

    // What the document is made for: a client (the DPA), a request of a data subject (the
    // letters), and a choice of processing activities (the answer to an access request).
    static bool needsClient(report::DocumentKind kind);
    static bool needsRequest(report::DocumentKind kind);
    static bool needsActivities(report::DocumentKind kind);
    // The privacy statement is made for one audience: customers, staff or applicants.
    static bool needsAudience(report::DocumentKind kind);
};

} // namespace pr::gui
