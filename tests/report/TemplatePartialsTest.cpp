// Partials come from the renderer's own named templates, are checked like templates and may
// not recurse.

#include "report/template/TemplateError.h"
#include "report/template/TemplateRenderer.h"

#include <QVariantMap>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::report::TemplateError;
using pr::report::TemplateRenderer;

TEST_CASE("partials render in the context where they are included", "[template][partials]")
{
    TemplateRenderer renderer;
    renderer.setPartial(u"row"_s, u"<tr><td>{{name}}</td>{{> cell}}</tr>"_s);
    renderer.setPartial(u"cell"_s, u"<td>{{country}}</td>"_s);
    const QVariantMap viewModel{
        {u"rows"_s, QVariantList{QVariantMap{{u"name"_s, u"A&B"_s}, {u"country"_s, u"NL"_s}},
                                 QVariantMap{{u"name"_s, u"C"_s}, {u"country"_s, u"<DE>"_s}}}}};
    CHECK(renderer.render(u"{{#rows}}{{> row}}{{/rows}}"_s, viewModel) ==
          u"<tr><td>A&amp;B</td><td>NL</td></tr><tr><td>C</td><td>&lt;DE&gt;</td></tr>"_s);
    CHECK(renderer.partialNames() == QStringList{u"cell"_s, u"row"_s});
}

TEST_CASE("a view model value cannot act as a partial", "[template][partials]")
{
    TemplateRenderer renderer;
    renderer.setPartial(u"footer"_s, u"real footer"_s);
    const QVariantMap viewModel{{u"footer"_s, u"{{secret}}"_s}, {u"secret"_s, u"leaked"_s}};
    CHECK(renderer.render(u"{{> footer}}"_s, viewModel) == u"real footer"_s);
}

TEST_CASE("an unknown partial is refused where it is included", "[template][partials]")
{
    TemplateRenderer renderer;
    try {
        renderer.render(u"a\n  {{> missing}}"_s, QVariantMap(), u"doc"_s);
        FAIL("rendered");
    } catch (const TemplateError& error) {
        CHECK(error.line() == 2);
        CHECK(error.column() == 3);
        CHECK(error.reason().contains(u"missing"_s));
    }
}

TEST_CASE("a syntax error in a partial is reported in the partial", "[template][partials]")
{
    TemplateRenderer renderer;
    try {
        renderer.setPartial(u"broken"_s, u"ok\n{{#a}}"_s);
        FAIL("accepted");
    } catch (const TemplateError& error) {
        CHECK(error.location().templateName == u"broken"_s);
        CHECK(error.line() == 2);
        CHECK(error.column() == 1);
    }
}

TEST_CASE("recursive partials are refused", "[template][partials]")
{
    TemplateRenderer renderer;
    renderer.setPartial(u"a"_s, u"A {{> b}}"_s);
    renderer.setPartial(u"b"_s, u"B\n {{> a}}"_s);
    try {
        renderer.render(u"{{> a}}"_s, QVariantMap());
        FAIL("rendered");
    } catch (const TemplateError& error) {
        CHECK(error.location().templateName == u"b"_s);
        CHECK(error.line() == 2);
        CHECK(error.column() == 2);
    }
    renderer.setPartial(u"self"_s, u"{{> self}}"_s);
    CHECK_THROWS_AS(renderer.check(u"{{> self}}"_s), TemplateError);
}
