#pragma once

#include "report/template/TemplateRenderer.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pr::report {

// Where document templates come from: the ones built into the program
// (resources/templates/, as Qt resources of pr_report) and the user's own copies in the data
// folder, which override them file by file. Names are paths relative to the template folder:
// "verwerkersovereenkomst.html", "partials/style.html" (a partial, used as {{> style}}).
//
// Every template is checked when it is loaded (syntax, forbidden tags, partials), so that a
// broken copy in the data folder is reported with its file, line and column instead of
// printing half a document.
class TemplateLibrary {
    Q_DECLARE_TR_FUNCTIONS(pr::report::TemplateLibrary)

public:
    struct Template {
        QString name;          // "privacyverklaring.html"
        QString text;          // the template itself
        QString origin;        // the file it came from, for messages: a path or ":/…"
        bool userCopy = false; // from the data folder
    };

    // USERFOLDER holds the user's copies; empty: only the built-in templates are used.
    explicit TemplateLibrary(QString userFolder = {});

    // QStandardPaths::AppDataLocation + "/templates".
    static QString defaultUserFolder();
    // Every built-in template and partial, sorted.
    static QStringList builtInNames();
    static bool isBuiltIn(const QString& name);
    // Throws ReportError for a name that is not built in.
    static QString builtInText(const QString& name);

    const QString& userFolder() const { return m_userFolder; }
    // Where the user's copy of NAME is or would be; empty without a user folder.
    QString userPath(const QString& name) const;
    bool hasUserCopy(const QString& name) const;

    // The user's copy of NAME if there is one, else the built-in one, checked together with
    // the partials. Throws TemplateError (with the file, line and column), FileAccessError
    // when the user's copy cannot be read, ReportError for an unknown name.
    Template load(const QString& name) const;
    // A renderer with every partial, the user's copies first; each is checked on the way.
    TemplateRenderer renderer() const;

    // Saves TEXT as the user's copy of NAME (owner-only, atomically) after checking it:
    // TemplateError and nothing written when it is broken. For the template editor.
    void saveUserCopy(const QString& name, const QString& text) const;
    // Deletes the user's copy of NAME, so that the built-in one applies again.
    void removeUserCopy(const QString& name) const;

private:
    QString readUserCopy(const QString& name) const;

    QString m_userFolder;
};

} // namespace pr::report
