#pragma once

#include "report/template/TemplateTag.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pr::report {

// Reads the tags of a Mustache template and checks its structure before kainjow sees it, so
// that every mistake is reported at the tag that causes it (kainjow reports a mismatched
// {{/name}} at the section it closes, and takes "{{#a ... {{b}}" for one tag named "a ... {{b").
//
// Besides Mustache syntax it refuses what this program does not allow in templates:
// {{{name}}} and {{& name}} (unescaped output: see TemplateRenderer) and {{=<% %>=}} (changed
// delimiters would make the static checks here and in TemplateNameChecker unreliable).
class TemplateScanner {
    Q_DECLARE_TR_FUNCTIONS(pr::report::TemplateScanner)

public:
    // The tags of TEXT in order; throws TemplateError at the first problem.
    static QList<TemplateTag> scan(const QString& templateName, const QString& text);

private:
    static TemplateTag readTag(const QString& templateName, const QString& text, qsizetype open,
                               QStringView content);
    static bool isValidName(QStringView name, bool dotsAllowed);
};

} // namespace pr::report
