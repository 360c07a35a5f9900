#include "storage/repositories/RemovalPlan.h"

#include "storage/repositories/ReferencedRowError.h"

#include <QCoreApplication>
#include <QStringList>

namespace pr::storage {

namespace {
QString names(const QList<Referrer>& records)
{
    QStringList list;
    for (const Referrer& record : records) {
        list << nameOf(record);
    }
    return list.join(QStringLiteral(", "));
}
} // namespace

QString RemovalPlan::describe() const
{
    QStringList lines;
    lines << QCoreApplication::translate("Storage", "Delete %1.").arg(nameOf(target));
    if (!deleted.isEmpty()) {
        lines << QCoreApplication::translate("Storage", "Also deleted: %1.").arg(names(deleted));
    }
    if (!unlinked.isEmpty()) {
        lines << QCoreApplication::translate("Storage", "No longer refer to it: %1.")
                     .arg(names(unlinked));
    }
    if (!remaining.isEmpty()) {
        lines << QCoreApplication::translate("Storage", "Not possible while these refer to it: %1.")
                     .arg(names(remaining));
    }
    return lines.join(u'\n');
}

void detail::requireConfirmed(const RemovalPlan& current, const RemovalPlan& confirmed)
{
    if (!current.isPossible()) {
        throw ReferencedRowError(current.target, current.remaining);
    }
    if (!(current == confirmed)) {
        throw RegisterError(QCoreApplication::translate(
            "Storage", "The register changed since the deletion was confirmed. Nothing "
                       "was deleted; please check what will be deleted and confirm "
                       "again."));
    }
}

} // namespace pr::storage
