#pragma once

#include "report/template/ParsedTemplate.h"
#include "report/template/TemplateNameChecker.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace pr::report {

// Renders Mustache templates (kainjow) into HTML.
//
// - Every {{name}} is HTML-escaped; templates cannot switch that off ({{{name}}} and
//   {{& name}} are refused). Values the program itself marks as HTML (TrustedHtml) are
//   inserted as they are.
// - A template is checked completely before anything is rendered: a syntax error, a forbidden
//   tag, an unknown or recursive partial throws TemplateError with the line and column, and
//   there is no half output.
// - Partials ({{> name}}) come from the named templates given with setPartial, never from the
//   view model or the file system.
// - The view model is a QVariant tree or a JSON object (see ViewModelConverter for the types).
class TemplateRenderer {
    Q_DECLARE_TR_FUNCTIONS(pr::report::TemplateRenderer)

public:
    // What {{name}} does to a value. Markdown output (the privacy statement for websites) needs
    // its own escaping: HTML entities would show as "&amp;" in the file, and Markdown's own
    // characters ("*", "_", "[") would turn names into markup.
    enum class Escaping { Html, Markdown };
    void setEscaping(Escaping escaping) { m_escaping = escaping; }
    Escaping escaping() const { return m_escaping; }

    // Adds or replaces the partial NAME. Throws TemplateError (in NAME) if TEXT is not a valid
    // template on its own; whether the partials it includes exist is checked when rendering.
    void setPartial(const QString& name, const QString& text);
    QStringList partialNames() const;

    // Checks TEXT and every partial it reaches; throws TemplateError. TEMPLATENAME only names
    // the template in messages.
    void check(const QString& text, const QString& templateName = {}) const;

    // Renders TEXT with VIEWMODEL. Throws TemplateError for a bad template and ReportError for
    // a view model value of an unsupported type.
    QString render(const QString& text, const QVariant& viewModel,
                   const QString& templateName = {}) const;
    QString render(const QString& text, const QJsonObject& viewModel,
                   const QString& templateName = {}) const;

    // The names TEXT (and its partials) use that VIEWMODEL, an example view model, lacks.
    // Throws TemplateError like check().
    QList<UnknownName> unknownNames(const QString& text, const QVariant& viewModel,
                                    const QString& templateName = {}) const;

private:
    ParsedTemplate parse(const QString& text, const QString& templateName) const;
    void checkPartials(const ParsedTemplate& parsed, QStringList& chain,
                       QStringList& checked) const;
    QString renderData(const QString& text, const QString& templateName,
                       const QVariant& viewModel) const;

    QHash<QString, ParsedTemplate> m_partials;
    Escaping m_escaping = Escaping::Html;
};

} // namespace pr::report
