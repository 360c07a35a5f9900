#pragma once

#include "core/domain/AuditEntry.h"

#include <QList>

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
// The last entry's id and hash as the table holds it, or nothing when it is empty.
std::optional<AuditHead> lastAuditEntry(const SqliteDatabase& db);
// The last entry as recorded in meta when it was appended, or nothing before the first.
std::optional<AuditHead> recordedAuditHead(const SqliteDatabase& db);

} // namespace pr::storage::detail
