// unknownNames finds the names a template uses that the view model does not have, which
// kainjow would silently render as nothing.

#include "report/template/TemplateRenderer.h"

#include <QVariantMap>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::report::TemplateRenderer;
using pr::report::UnknownName;

namespace {

QStringList names(const QList<UnknownName>& unknown)
{
    QStringList result;
    for (const UnknownName& name : unknown) {
        result.append(name.name + u'@' + QString::number(name.location.line) + u':' +
                      QString::number(name.location.column));
    }
    return result;
}

const QVariantMap kViewModel{{u"organisation"_s, QVariantMap{{u"name"_s, u"Firm"_s}}},
                             {u"activities"_s, QVariantList{QVariantMap{{u"purpose"_s, u"p"_s}},
                                                            QVariantMap{{u"basis"_s, u"b"_s}}}},
                             {u"measures"_s, QVariantList()},
                             {u"signed"_s, true}};

} // namespace

TEST_CASE("names are resolved through sections as kainjow resolves them", "[template][names]")
{
    const QString text = u"{{organisation.name}} {{#organisation}}{{name}}{{/organisation}}\n"
                         "{{#activities}}{{purpose}} {{basis}} {{organisation.name}}"
                         "{{/activities}}{{#signed}}{{organisation.name}}{{/signed}}"_s;
    CHECK(TemplateRenderer().unknownNames(text, kViewModel).isEmpty());
}

TEST_CASE("misspelt names are listed with their place", "[template][names]")
{
    const QString text = u"{{organisaton.name}}\n{{#activities}} {{purpse}}{{/activities}}"
                         "{{^signd}}x{{/signd}}"_s;
    CHECK(names(TemplateRenderer().unknownNames(text, kViewModel)) ==
          QStringList{u"organisaton.name@1:1"_s, u"purpse@2:17"_s, u"signd@2:42"_s});
}

TEST_CASE("names in partials and under empty lists", "[template][names]")
{
    TemplateRenderer renderer;
    renderer.setPartial(u"p"_s, u"{{purpose}} {{nope}}"_s);
    // Inside an empty list nothing is known, so nothing is reported.
    const QString text =
        u"{{#activities}}{{> p}}{{/activities}}{{#measures}}{{any}}{{/measures}}"_s;
    const QList<UnknownName> unknown = renderer.unknownNames(text, kViewModel);
    REQUIRE(unknown.size() == 1);
    CHECK(unknown.constFirst().name == u"nope"_s);
    CHECK(unknown.constFirst().location.templateName == u"p"_s);
    CHECK(unknown.constFirst().location.column == 13);
}
