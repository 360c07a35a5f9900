#pragma once

#include "report/template/ParsedTemplate.h"
#include "report/template/TemplateLocation.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

namespace pr::report {

// A name a template uses that the view model does not have. kainjow renders those as nothing,
// so a misspelt name in a user's template would silently leave a hole in a legal document.
struct UnknownName {
    QString name;
    TemplateLocation location;
};

// Resolves every name of a template (and of the partials it includes) against an example
// view model, the way kainjow resolves them while rendering: through the stack of open
// sections, dotted names segment by segment. A list's items are taken as the union of the
// keys of all its items; inside a section over an empty list nothing can be known, so nothing
// there is reported. The template must have passed TemplateRenderer::check (partials exist,
// no recursion).
class TemplateNameChecker {
public:
    TemplateNameChecker(const QHash<QString, ParsedTemplate>& partials, const QVariant& viewModel);

    QList<UnknownName> check(const ParsedTemplate& parsed);

private:
    struct Scope {
        QVariant value;
        bool unknown = false; // a section over an empty list
    };
    enum class Lookup { Found, Missing, Unknowable };

    void walk(const ParsedTemplate& parsed);
    Lookup resolve(const QString& name, QVariant* value) const;
    static Scope scopeFor(const QVariant& value);

    const QHash<QString, ParsedTemplate>& m_partials;
    QList<Scope> m_stack; // innermost last
    QList<UnknownName> m_unknown;
};

} // namespace pr::report
