#include "core/catalogue/CatalogueEnglish.h"

#include "core/catalogue/CatalogueSet.h"

namespace pr::core {

QList<EnglishText> catalogueEnglish(const CatalogueSet& catalogues)
{
    constexpr CatalogueKind kinds[] = {
        CatalogueKind::DataCategories,   CatalogueKind::DataSubjectCategories,
        CatalogueKind::StaffRoles,       CatalogueKind::Operations,
        CatalogueKind::SecurityMeasures,
    };
    QList<EnglishText> texts;
    for (const CatalogueKind kind : kinds) {
        for (const CatalogueEntry& entry : catalogues.catalogue(kind).entries()) {
            if (!entry.titleEn.isEmpty()) {
                texts.append({entry.title, entry.titleEn});
            }
            if (!entry.description.isEmpty() && !entry.descriptionEn.isEmpty()) {
                texts.append({entry.description, entry.descriptionEn});
            }
        }
    }
    return texts;
}

} // namespace pr::core
