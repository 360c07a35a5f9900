#include "gui/editors/PickChoices.h"

#include "core/catalogue/CatalogueKind.h"
#include "core/catalogue/CatalogueSet.h"
#include "core/catalogue/ShippedCatalogues.h"

#include <QSet>

namespace pr::gui {

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
    if (const core::CatalogueSet* catalogues = core::shippedCatalogues()) {
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
