// The catalogues' English versions: every item the English DPA can show has one, and the
// register's documents find them.

#include "core/catalogue/CatalogueEnglish.h"

#include "core/catalogue/CatalogueSet.h"
#include "core/catalogue/ShippedCatalogues.h"
#include "core/domain/EnglishGlossary.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace pr::core;

TEST_CASE("Every catalogue item the English DPA shows has its English version", "[english]")
{
    const CatalogueSet* catalogues = shippedCatalogues();
    REQUIRE(catalogues != nullptr);
    for (const CatalogueKind kind :
         {CatalogueKind::DataCategories, CatalogueKind::DataSubjectCategories,
          CatalogueKind::StaffRoles, CatalogueKind::Operations, CatalogueKind::SecurityMeasures}) {
        for (const CatalogueEntry& entry : catalogues->catalogue(kind).entries()) {
            INFO(entry.id.toStdString());
            CHECK_FALSE(entry.titleEn.isEmpty());
            CHECK((entry.description.isEmpty() || kind != CatalogueKind::SecurityMeasures ||
                   !entry.descriptionEn.isEmpty()));
        }
    }
    const EnglishGlossary glossary = EnglishGlossary::withShippedCatalogues({});
    CHECK(glossary.find(u"Tweefactorauthenticatie"_s) == u"Two-factor authentication"_s);
    CHECK(glossary.find(u"NAW-gegevens"_s) == u"Name and address"_s);
    CHECK(catalogueEnglish(*catalogues).size() > 100);
}
