#include "gui/sections/AuditSection.h"

#include "gui/SectionNames.h"
#include "gui/models/RecordColumns.h"
#include "gui/sections/DisplayText.h"
#include "storage/audit/AuditTrail.h"

#include <QHash>

#include <utility>

namespace pr::gui {

using core::AuditEntry;

namespace {

// The kind as a number: Qt 6.4 has no qHash for a pair holding an enum class.
using RecordKey = std::pair<int, qint64>;

RecordKey keyOf(const AuditEntry& entry)
{
    return {static_cast<int>(entry.entity), entry.entityId};
}

// The field that names a record of each kind, as the trail records it (the JSON names).
bool isNameField(const QString& field)
{
    return field == u"name" || field == u"title" || field == u"legalName" || field == u"reference";
}

// The last name each record had in the trail, so that an entry can name its record even
// after the record was deleted (its delete entry holds the name it had).
QHash<RecordKey, QString> recordNames(const QList<AuditEntry>& entries)
{
    QHash<RecordKey, QString> names;
    for (const AuditEntry& entry : entries) {
        for (const core::FieldChange& change : entry.changes) {
            if (isNameField(change.field) && !change.redacted &&
                entry.action != core::AuditAction::Redact) {
                const QString name = change.to.isEmpty() ? change.from : change.to;
                names.insert(keyOf(entry), name);
            }
        }
    }
    return names;
}

QString changeText(const AuditEntry& entry, const core::FieldChange& change)
{
    if (entry.action == core::AuditAction::Redact) {
        return QCoreApplication::translate("AuditSection",
                                           "values removed from the earlier entries");
    }
    if (change.redacted) {
        return QCoreApplication::translate("AuditSection", "(removed from the audit trail)");
    }
    if (change.from.isEmpty()) {
        return change.to;
    }
    if (change.to.isEmpty()) {
        return QCoreApplication::translate("AuditSection", "%1 (removed)").arg(change.from);
    }
    return QCoreApplication::translate("AuditSection", "%1 → %2").arg(change.from, change.to);
}

QStringList fieldsOf(const AuditEntry& entry)
{
    QStringList fields;
    for (const core::FieldChange& change : entry.changes) {
        fields << change.field;
    }
    return fields;
}

} // namespace

RecordSection AuditSection::make()
{
    RecordSection section;
    section.kind = core::EntityKind::Organisation; // the trail is of every kind; unused
    section.listName = sectionTitle(Section::AuditTrail);
    section.headers = {tr("When"), tr("Part"), tr("Record"), tr("What"), tr("Fields"), tr("By")};
    section.sortOrder = Qt::DescendingOrder;
    section.rows = [](const storage::SqliteDatabase& db) {
        const QList<AuditEntry> entries = storage::AuditTrail::all(db);
        const QHash<RecordKey, QString> names = recordNames(entries);
        const QList<RecordColumn<AuditEntry>> columns{
            {{},
             [](const AuditEntry& e) { return DisplayText::dateTime(e.at); },
             // Entries of one moment keep the order in which they were made.
             [](const AuditEntry& e) {
                 return QVariant(e.id);
             }},
            {{},
             [](const AuditEntry& e) {
                 return core::enumLabel(e.entity);
             }},
            {{},
             [names](const AuditEntry& e) {
                 return names.value(keyOf(e), QString::number(e.entityId));
             }},
            {{},
             [](const AuditEntry& e) {
                 return core::enumLabel(e.action);
             }},
            {{},
             [](const AuditEntry& e) {
                 return DisplayText::commaList(fieldsOf(e));
             }},
            {{},
             [](const AuditEntry& e) {
                 return e.osUser;
             }},
        };
        return rowsOf(entries, columns);
    };
    section.details = [](const storage::SqliteDatabase& db,
                         qint64 id) -> std::optional<RecordDetails> {
        // The trail has no lookup by entry; it is read whole, as the list does.
        const QList<AuditEntry> entries = storage::AuditTrail::all(db);
        for (const AuditEntry& entry : entries) {
            if (entry.id != id) {
                continue;
            }
            const QString record =
                recordNames(entries).value(keyOf(entry), QString::number(entry.entityId));
            RecordDetails details;
            details.title =
                tr("%1: %2 %3")
                    .arg(core::enumLabel(entry.action), core::enumLabel(entry.entity), record);
            details.add(tr("When"), DisplayText::dateTime(entry.at));
            details.add(tr("By"), entry.osUser);
            for (const core::FieldChange& change : entry.changes) {
                details.add(change.field, changeText(entry, change));
            }
            return details;
        }
        return std::nullopt;
    };
    return section;
}

} // namespace pr::gui
