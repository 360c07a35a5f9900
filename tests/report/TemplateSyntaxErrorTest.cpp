// A broken template is refused with the line and column of the tag that breaks it, and never
// rendered half.

#include "report/template/TemplateError.h"
#include "report/template/TemplateRenderer.h"

#include <QVariantMap>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::report::TemplateError;
using pr::report::TemplateRenderer;

namespace {

// Where TEXT fails: "line:column".
std::string errorAt(const QString& text)
{
    try {
        TemplateRenderer().render(text, QVariantMap{{u"a"_s, u"A"_s}}, u"test.html"_s);
    } catch (const TemplateError& error) {
        CHECK(error.location().templateName == u"test.html"_s);
        return std::to_string(error.line()) + ':' + std::to_string(error.column());
    }
    return "rendered";
}

} // namespace

TEST_CASE("an unclosed section is reported at its opening tag", "[template][syntax]")
{
    CHECK(errorAt(u"<p>\n  {{#items}}\n  <li>{{a}}</li>\n</p>\n"_s) == "2:3");
    // The outer closing tag is where the unclosed inner section shows.
    CHECK(errorAt(u"{{#outer}}\n{{#inner}}x\n{{/outer}}"_s) == "3:1");
}

TEST_CASE("a mismatched closing tag is reported where it is", "[template][syntax]")
{
    const QString text = u"line one\n{{#a}}\n  text {{/b}}\n"_s;
    CHECK(errorAt(text) == "3:8");
    try {
        TemplateRenderer().check(text);
    } catch (const TemplateError& error) {
        // Names the section it should have closed and where that opened.
        CHECK(error.reason().contains(u"\"a\""_s));
        CHECK(error.reason().contains(u"line 2"_s));
        CHECK(error.location().offset == text.indexOf(u"{{/b}}"_s));
    }
}

TEST_CASE("a closing tag without a section is reported", "[template][syntax]")
{
    CHECK(errorAt(u"abc\n\n    {{/a}}"_s) == "3:5");
}

TEST_CASE("an unclosed tag is reported at its opening braces", "[template][syntax]")
{
    CHECK(errorAt(u"x\n{{#a\ny {{a}}\n{{/a}}"_s) == "2:1");
    CHECK(errorAt(u"x {{a"_s) == "1:3");
}

TEST_CASE("columns count characters, not bytes or UTF-16 units", "[template][syntax]")
{
    // An emoji is two UTF-16 units and four UTF-8 bytes but one character.
    CHECK(errorAt(u"é😀 {{/x}}"_s) == "1:4");
}

TEST_CASE("forbidden and malformed tags are reported where they are", "[template][syntax]")
{
    CHECK(errorAt(u"ok\n  {{{a}}}"_s) == "2:3");
    CHECK(errorAt(u"ok\n {{& a}}"_s) == "2:2");
    CHECK(errorAt(u"{{a b}}"_s) == "1:1");
    CHECK(errorAt(u"{{}}"_s) == "1:1");
    CHECK(errorAt(u"a\n{{=<% %>=}}"_s) == "2:1");
}

TEST_CASE("a valid template renders", "[template][syntax]")
{
    CHECK(errorAt(u"{{! a comment }}{{#a}}{{.}}{{/a}}"_s) == "rendered");
}
