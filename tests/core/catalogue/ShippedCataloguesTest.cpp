#include "core/catalogue/CatalogueSet.h"
#include "core/domain/Art9Exception.h"
#include "core/domain/SecurityCategory.h"
#include "core/domain/SpecialCategory.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace pr::core;

namespace {

QString shippedFolder()
{
    return QStringLiteral(PR_SOURCE_DIR) + u"/resources/catalogues"_s;
}

CatalogueSet loadShipped()
{
    QList<CatalogueError> errors;
    const std::optional<CatalogueSet> set = CatalogueSet::loadFromFolder(shippedFolder(), errors);
    for (const CatalogueError& error : errors) {
        UNSCOPED_INFO(error.toString().toStdString());
    }
    REQUIRE(errors.isEmpty());
    REQUIRE(set.has_value());
    return *set;
}

} // namespace

TEST_CASE("The shipped catalogues load without a single problem", "[catalogue][shipped]")
{
    const CatalogueSet set = loadShipped();
    for (const CatalogueKind kind : enumValues<CatalogueKind>()) {
        const Catalogue& catalogue = set.catalogue(kind);
        INFO(enumCode(kind).toStdString());
        CHECK(catalogue.kind() == kind);
        CHECK_FALSE(catalogue.entries().isEmpty());
        QSet<QString> titles;
        for (const CatalogueEntry& entry : catalogue.entries()) {
            titles.insert(entry.title.toCaseFolded());
        }
        CHECK(titles.size() == catalogue.entries().size());
    }
}

TEST_CASE("The shipped security measures cover every category", "[catalogue][shipped]")
{
    const CatalogueSet set = loadShipped();
    const Catalogue& measures = set.catalogue(CatalogueKind::SecurityMeasures);
    CHECK(measures.entries().size() >= 40);
    qsizetype grouped = 0;
    for (const SecurityCategory category : enumValues<SecurityCategory>()) {
        INFO(enumCode(category).toStdString());
        const QList<CatalogueEntry> entries = measures.entriesInGroup(enumCode(category));
        CHECK(entries.size() >= 5);
        grouped += entries.size();
    }
    CHECK(grouped == measures.entries().size());
    for (const CatalogueEntry& entry : measures.entries()) {
        INFO(entry.id.toStdString());
        // One sentence: ends with a full stop and holds no second one.
        CHECK(entry.description.endsWith(u'.'));
        CHECK_FALSE(entry.description.chopped(1).contains(u". "_s));
    }
}

TEST_CASE("The shipped lists give a text for every special category and exception",
          "[catalogue][shipped]")
{
    const CatalogueSet set = loadShipped();
    for (const SpecialCategory category : enumValues<SpecialCategory>()) {
        CHECK(set.catalogue(CatalogueKind::SpecialCategories).find(enumCode(category)));
    }
    for (const Art9Exception exception : enumValues<Art9Exception>()) {
        CHECK(set.catalogue(CatalogueKind::Art9Exceptions).find(enumCode(exception)));
    }
    CHECK(set.catalogue(CatalogueKind::DataCategories).find(u"name-address"_s)->title ==
          u"NAW-gegevens"_s);
    CHECK_FALSE(set.catalogue(CatalogueKind::Operations).find(u"no-such-id"_s));
}
