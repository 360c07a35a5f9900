#pragma once

#include "core/catalogue/CatalogueEntry.h"
#include "core/catalogue/CatalogueError.h"
#include "core/catalogue/CatalogueKind.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

class QIODevice;

namespace pr::core {

// One reference list (see CatalogueKind), loaded from its JSON file. Catalogues are data, not
// code, so that the lists can be reviewed and extended without a rebuild. The format is
// described in resources/catalogues/README.md.
//
// Loading checks the whole file and reports every problem with its JSON path; a file with any
// problem gives no catalogue at all, so that a half-read list never reaches a pick list.
class Catalogue {
public:
    Catalogue() = default;
    Catalogue(CatalogueKind kind, QList<CatalogueEntry> entries);

    CatalogueKind kind() const { return m_kind; }
    const QList<CatalogueEntry>& entries() const { return m_entries; }
    // The entry with this id, if any.
    std::optional<CatalogueEntry> find(QStringView id) const;
    // The entries whose group is GROUP, in file order (security measures by category).
    QList<CatalogueEntry> entriesInGroup(QStringView group) const;

    // The file name a catalogue of KIND is shipped under: "<code>.json".
    static QString fileName(CatalogueKind kind);

    // Reads and checks the catalogue at PATH. On any problem returns nothing and appends every
    // problem to ERRORS, each naming PATH.
    static std::optional<Catalogue> loadFromFile(const QString& path,
                                                 QList<CatalogueError>& errors);
    // The same from DEVICE, which is opened for reading when it is not open yet.
    static std::optional<Catalogue> load(QIODevice& device, QList<CatalogueError>& errors);
    // The same from JSON text.
    static std::optional<Catalogue> fromJson(const QByteArray& json, QList<CatalogueError>& errors);

    friend bool operator==(const Catalogue&, const Catalogue&) = default;

private:
    CatalogueKind m_kind = CatalogueKind::DataCategories;
    QList<CatalogueEntry> m_entries;
};

} // namespace pr::core
