#include "core/catalogue/ShippedCatalogues.h"

#include "core/catalogue/CatalogueSet.h"
#include "core/logging/Log.h"

#include <optional>

namespace pr::core {

const CatalogueSet* shippedCatalogues()
{
    static const std::optional<CatalogueSet> catalogues = [] {
        QList<CatalogueError> errors;
        auto loaded = CatalogueSet::loadFromFolder(QStringLiteral(":/catalogues"), errors);
        if (!loaded) {
            spdlog::warn("the built-in catalogues could not be read ({} problems)", errors.size());
        }
        return loaded;
    }();
    return catalogues ? &*catalogues : nullptr;
}

} // namespace pr::core
