#include "gui/editors/PickChoices.h"

#include "core/catalogue/CatalogueKind.h"
#include "core/catalogue/CatalogueSet.h"
#include "core/logging/Log.h"

#include <QSet>

#include <optional>

namespace pr::gui {

const core::CatalogueSet* shippedCatalogues()
{
    static const std::optional<core::CatalogueSet> catalogues = [] {
        QList<core::CatalogueError> errors;
        auto loaded = core::CatalogueSet::loadFromFolder(QStringLiteral(":/catalogues"), errors);
        if (!loaded) {
            spdlog::warn("the built-in catalogues could not be read ({} problems)", errors.size());
        }
        return loaded;
    }();
    return catalogues ? &*catalogues : nullptr;
}

namespace {

void appendNew(QStringList& choices, QSet<QString>& seen, const QString& value)
{
    const QString trimmed = value.trimmed();
    const QString key = trimmed.toCaseFolded();
    if (!trimmed.isEmpty() && !seen.contains(key)) {
        seen.insert(key);
        choices << trimmed;
    }
}

} // namespace

QStringList pickChoices(core::CatalogueKind kind, const QStringList& used)
{
    QStringList choices;
    QSet<QString> seen;
    if (const core::CatalogueSet* catalogues = shippedCatalogues()) {
        for (const core::CatalogueEntry& entry : catalogues->catalogue(kind).entries()) {
            appendNew(choices, seen, entry.title);
        }
    }
    QStringList sortedUsed = used;
    sortedUsed.sort(Qt::CaseInsensitive);
    for (const QString& value : sortedUsed) {
        appendNew(choices, seen, value);
    }
    return choices;
}

QStringList pickChoices(const QStringList& used)
{
    QStringList choices;
    QSet<QString> seen;
    QStringList sortedUsed = used;
    sortedUsed.sort(Qt::CaseInsensitive);
    for (const QString& value : sortedUsed) {
        appendNew(choices, seen, value);
    }
    return choices;
}

} // namespace pr::gui
