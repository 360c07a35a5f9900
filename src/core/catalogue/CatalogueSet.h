#pragma once

#include "core/catalogue/Catalogue.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace pr::core {

// All catalogues of CatalogueKind together, as the program ships them: one folder with one file
// per kind, named Catalogue::fileName(kind). Where that folder is (next to the executable, in
// the source tree for tests, or in Qt resources) is for the caller to say.
class CatalogueSet {
public:
    // Loads every kind from FOLDER. Checks each file on its own and that it declares the kind
    // its name promises. Returns nothing when any file has a problem, with every problem of
    // every file in ERRORS.
    static std::optional<CatalogueSet> loadFromFolder(const QString& folder,
                                                      QList<CatalogueError>& errors);

    // The catalogue of KIND; every kind is present in a loaded set.
    const Catalogue& catalogue(CatalogueKind kind) const;

private:
    QMap<CatalogueKind, Catalogue> m_catalogues;
};

} // namespace pr::core
