#pragma once

#include "core/domain/AuditEntry.h"

#include <QList>
#include <QStringList>

#include <optional>
#include <utility>

namespace pr::storage {
class SqliteDatabase;
}

// The rows of the audit trail (tables audit_entry and audit_change, Migration2.cpp) and the
// head kept in meta. Internal to AuditTrail.

namespace pr::storage::detail {

// One stored entry; ENTRY is empty when a stored code or time cannot be read (possible only
// in a register edited behind the program's back).
struct StoredAuditEntry {
    qint64 id = 0;
    std::optional<core::AuditEntry> entry;
};

struct AuditHead {
    qint64 id = 0;
    QByteArray hash;
};

void appendAuditEntry(SqliteDatabase& db, const core::AuditEntry& entry);
// All entries in id order, or only those of one record.
QList<StoredAuditEntry> readAuditEntries(const SqliteDatabase& db);
QList<StoredAuditEntry> readAuditEntries(const SqliteDatabase& db, core::EntityKind entity,
                                         qint64 entityId);
// The same from the tables as schema 2 to 4 made them, for the upgrade to salted digests
// (Migration5): no salt or digest yet.
QList<StoredAuditEntry> readLegacyAuditEntries(const SqliteDatabase& db);
// Removes the values (and salts) of the changes of FIELDS in the entries of one record, its
// Redact entries aside (they hold no values); digests stay, so the chain still verifies.
// Returns the fields of which values were removed.
QStringList redactChanges(SqliteDatabase& db, core::EntityKind entity, qint64 entityId,
                          const QStringList& fields);
// The last entry's id and hash as the table holds it, or nothing when it is empty.
std::optional<AuditHead> lastAuditEntry(const SqliteDatabase& db);
// The last entry as recorded in meta when it was appended, or nothing before the first.
std::optional<AuditHead> recordedAuditHead(const SqliteDatabase& db);
// The trail's notes in meta: its head, and the break AuditUpgrade found before the upgrade.
std::optional<QString> auditMeta(const SqliteDatabase& db, QStringView key);
void setAuditMeta(SqliteDatabase& db, QStringView key, const QString& value);

} // namespace pr::storage::detail
