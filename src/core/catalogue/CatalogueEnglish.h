#pragma once

#include "core/domain/EnglishText.h"

#include <QList>

namespace pr::core {

class CatalogueSet;

// The English versions the catalogues hold of the items that English documents show as the
// user picked them (data categories, data subjects, staff roles, operations, security
// measures with their descriptions), as Dutch–English pairs. Special categories and art. 9(2)
// exceptions are not among them: the documents name those by their enum label.
QList<EnglishText> catalogueEnglish(const CatalogueSet& catalogues);

} // namespace pr::core
