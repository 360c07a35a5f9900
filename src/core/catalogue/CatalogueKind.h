#pragma once

#include "core/domain/EnumTable.h"

#include <array>

namespace pr::core {

// The reference lists the program ships, one JSON file each, from which the user picks when
// filling in the register. The code is the "kind" a file declares and its file name without
// ".json".
enum class CatalogueKind {
    DataCategories,        // soorten persoonsgegevens
    DataSubjectCategories, // soorten betrokkenen
    StaffRoles,            // functies van medewerkers
    Operations,            // verwerkingshandelingen
    SpecialCategories,     // bijzondere en gevoelige gegevens, one per SpecialCategory
    Art9Exceptions,        // uitzonderingen van art. 9 lid 2, one per Art9Exception
    SecurityMeasures,      // beveiligingsmaatregelen, grouped by SecurityCategory
};

template <>
struct EnumTable<CatalogueKind> {
    static constexpr std::array entries{
        EnumEntry<CatalogueKind>{CatalogueKind::DataCategories, u"data-categories",
                                 QT_TRANSLATE_NOOP("Domain", "Soorten persoonsgegevens")},
        EnumEntry<CatalogueKind>{CatalogueKind::DataSubjectCategories, u"data-subject-categories",
                                 QT_TRANSLATE_NOOP("Domain", "Soorten betrokkenen")},
        EnumEntry<CatalogueKind>{CatalogueKind::StaffRoles, u"staff-roles",
                                 QT_TRANSLATE_NOOP("Domain", "Functies van medewerkers")},
        EnumEntry<CatalogueKind>{CatalogueKind::Operations, u"operations",
                                 QT_TRANSLATE_NOOP("Domain", "Verwerkingshandelingen")},
        EnumEntry<CatalogueKind>{CatalogueKind::SpecialCategories, u"special-categories",
                                 QT_TRANSLATE_NOOP("Domain", "Bijzondere en gevoelige gegevens")},
        EnumEntry<CatalogueKind>{CatalogueKind::Art9Exceptions, u"art9-exceptions",
                                 QT_TRANSLATE_NOOP("Domain", "Uitzonderingen van artikel 9 lid 2")},
        EnumEntry<CatalogueKind>{CatalogueKind::SecurityMeasures, u"security-measures",
                                 QT_TRANSLATE_NOOP("Domain", "Beveiligingsmaatregelen")},
    };
};

} // namespace pr::core
