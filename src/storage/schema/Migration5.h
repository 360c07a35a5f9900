#pragma once

namespace pr::storage {

class SqliteDatabase;

// Schema 5: the audit trail's values behind salted digests, so that they can be redacted
// (AuditUpgrade, storage/audit/AuditChain.h).
void applyMigration5(SqliteDatabase& db);

} // namespace pr::storage
