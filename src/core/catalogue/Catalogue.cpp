#include "core/catalogue/Catalogue.h"

#include "core/catalogue/CatalogueParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>

namespace pr::core {

Catalogue::Catalogue(CatalogueKind kind, QList<CatalogueEntry> entries)
    : m_kind(kind)
    , m_entries(std::move(entries))
{}

std::optional<CatalogueEntry> Catalogue::find(QStringView id) const
{
    for (const CatalogueEntry& entry : m_entries) {
        if (entry.id == id) {
            return entry;
        }
    }
    return std::nullopt;
}

QList<CatalogueEntry> Catalogue::entriesInGroup(QStringView group) const
{
    QList<CatalogueEntry> result;
    for (const CatalogueEntry& entry : m_entries) {
        if (entry.group == group) {
            result.append(entry);
        }
    }
    return result;
}

QString Catalogue::fileName(CatalogueKind kind)
{
    return enumCode(kind) + QStringLiteral(".json");
}

std::optional<Catalogue> Catalogue::loadFromFile(const QString& path, QList<CatalogueError>& errors)
{
    QFile file(path);
    QList<CatalogueError> found;
    std::optional<Catalogue> catalogue = load(file, found);
    for (CatalogueError& error : found) {
        error.file = path;
    }
    errors.append(found);
    return catalogue;
}

std::optional<Catalogue> Catalogue::load(QIODevice& device, QList<CatalogueError>& errors)
{
    if (!device.isOpen() && !device.open(QIODevice::ReadOnly)) {
        errors.append({QString(), QStringLiteral("$"),
                       QCoreApplication::translate("Catalogue", "Cannot open: %1")
                           .arg(device.errorString())});
        return std::nullopt;
    }
    if (!device.isReadable()) {
        errors.append({QString(), QStringLiteral("$"),
                       QCoreApplication::translate("Catalogue", "Not open for reading.")});
        return std::nullopt;
    }
    return fromJson(device.readAll(), errors);
}

std::optional<Catalogue> Catalogue::fromJson(const QByteArray& json, QList<CatalogueError>& errors)
{
    return CatalogueParser::parse(json, errors);
}

} // namespace pr::core
