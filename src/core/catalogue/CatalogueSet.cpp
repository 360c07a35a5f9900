#include "core/catalogue/CatalogueSet.h"

#include <QCoreApplication>
#include <QDir>

namespace pr::core {

std::optional<CatalogueSet> CatalogueSet::loadFromFolder(const QString& folder,
                                                         QList<CatalogueError>& errors)
{
    const QDir dir(folder);
    CatalogueSet set;
    bool complete = true;
    for (const CatalogueKind kind : enumValues<CatalogueKind>()) {
        const QString path = dir.filePath(Catalogue::fileName(kind));
        std::optional<Catalogue> catalogue = Catalogue::loadFromFile(path, errors);
        if (!catalogue) {
            complete = false;
            continue;
        }
        if (catalogue->kind() != kind) {
            // A file copied under the wrong name would fill the wrong pick list.
            errors.append(
                {path, QStringLiteral("$.kind"),
                 QCoreApplication::translate("Catalogue", "This file must hold the kind \"%1\".")
                     .arg(enumCode(kind))});
            complete = false;
            continue;
        }
        set.m_catalogues.insert(kind, *catalogue);
    }
    if (!complete) {
        return std::nullopt;
    }
    return set;
}

const Catalogue& CatalogueSet::catalogue(CatalogueKind kind) const
{
    // A loaded set holds every kind; a default-constructed one holds none and answers with an
    // empty catalogue rather than undefined behaviour.
    static const Catalogue empty;
    const auto it = m_catalogues.constFind(kind);
    return it != m_catalogues.constEnd() ? *it : empty;
}

} // namespace pr::core
