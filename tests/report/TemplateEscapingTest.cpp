// Every value a template prints is escaped, whatever it contains, and only the program can
// mark a value as HTML.

#include "report/ReportError.h"
#include "report/template/TemplateError.h"
#include "report/template/TemplateRenderer.h"
#include "report/template/TrustedHtml.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QVariantMap>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::report::ReportError;
using pr::report::TemplateError;
using pr::report::TemplateRenderer;
using pr::report::TrustedHtml;

namespace {

QString render(const QString& text, const QVariantMap& viewModel)
{
    return TemplateRenderer().render(text, viewModel);
}

} // namespace

TEST_CASE("template values are HTML-escaped and render literally", "[template]")
{
    const QString hostile = u"<b>Jansen</b> </td></tr></table> {{x}} R&D \"q\" 'a'"_s;
    CHECK(render(u"<td>{{name}}</td>"_s, {{u"name"_s, hostile}, {u"x"_s, u"EXPANDED"_s}}) ==
          u"<td>&lt;b&gt;Jansen&lt;/b&gt; &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt; {{x}} R&amp;D "
          "&quot;q&quot; &#39;a&#39;</td>"_s);
}

TEST_CASE("emoji and right-to-left text pass through unchanged", "[template]")
{
    const QString emoji = u"Bakkerij 🥐 en zoon 👨‍👩‍👧"_s;
    const QString hebrew = u"שלום עולם"_s;
    const QString arabic = u"مرحبا بالعالم"_s;
    CHECK(render(u"{{a}}|{{b}}|{{c}}"_s, {{u"a"_s, emoji}, {u"b"_s, hebrew}, {u"c"_s, arabic}}) ==
          emoji + u'|' + hebrew + u'|' + arabic);
}

TEST_CASE("unescaped output is refused in templates", "[template]")
{
    TemplateRenderer renderer;
    CHECK_THROWS_AS(renderer.check(u"a {{{name}}}"_s), TemplateError);
    CHECK_THROWS_AS(renderer.check(u"a {{& name}}"_s), TemplateError);
    CHECK_THROWS_AS(renderer.check(u"{{=<% %>=}}"_s), TemplateError);
}

TEST_CASE("only values the program marks as HTML are inserted unescaped", "[template]")
{
    const QVariantMap viewModel{
        {u"note"_s, QVariant::fromValue(TrustedHtml::fromPlainText(u"a < b\nsecond line"_s))},
        {u"logo"_s, QVariant::fromValue(TrustedHtml::fromProgramMarkup(u"<img src=\"x\">"_s))},
        {u"plain"_s, u"<img src=\"x\">"_s}};
    CHECK(render(u"{{note}}|{{logo}}|{{plain}}"_s, viewModel) ==
          u"a &lt; b<br>second line|<img src=\"x\">|&lt;img src=&quot;x&quot;&gt;"_s);
}

TEST_CASE("view models convert sections, lists, booleans, numbers and null", "[template]")
{
    const QVariantMap viewModel{
        {u"client"_s, QVariantMap{{u"name"_s, u"Acme"_s}}},
        {u"items"_s, QVariantList{QVariantMap{{u"n"_s, 1}}, QVariantMap{{u"n"_s, 2.5}}}},
        {u"tags"_s, QStringList{u"x"_s, u"y"_s}},
        {u"yes"_s, true},
        {u"no"_s, false},
        {u"nothing"_s, QVariant()},
        {u"empty"_s, QVariantList()}};
    const QString text = u"{{client.name}};{{#client}}{{name}}{{/client}};"
                         "{{#items}}[{{n}}]{{/items}};{{#tags}}{{.}}{{/tags}};"
                         "{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}!N{{/no}};"
                         "{{nothing}}{{^nothing}}none{{/nothing}};{{^empty}}no items{{/empty}}"_s;
    CHECK(render(text, viewModel) == u"Acme;Acme;[1][2.5];xy;Y!N;none;no items"_s);
}

TEST_CASE("a JSON view model renders like the same QVariant tree", "[template]")
{
    const QJsonObject json{{u"name"_s, u"<Acme>"_s},
                           {u"rows"_s, QJsonArray{QJsonObject{{u"v"_s, 3}}}},
                           {u"flag"_s, true}};
    CHECK(TemplateRenderer().render(u"{{name}} {{#rows}}{{v}}{{/rows}} {{#flag}}on{{/flag}}"_s,
                                    json) == u"&lt;Acme&gt; 3 on"_s);
}

TEST_CASE("a view model value of an unsupported type is refused with its path", "[template]")
{
    const QVariantMap viewModel{{u"client"_s, QVariantMap{{u"since"_s, QDate(2024, 1, 1)}}}};
    try {
        render(u"{{client.since}}"_s, viewModel);
        FAIL("no exception");
    } catch (const ReportError& error) {
        CHECK(QString::fromUtf8(error.what()).contains(u"client.since"_s));
        CHECK(QString::fromUtf8(error.what()).contains(u"QDate"_s));
    }
}
