#pragma once

namespace pr::storage {

class SqliteDatabase;

// Schema version 2: the whole register of docs/domain.md (the organisation's full profile,
// processing activities, security measures, sub-processors, clients, agreements, data-subject
// requests, breaches) and the audit trail. Released migrations are never edited.
void applyMigration2(SqliteDatabase& db);

} // namespace pr::storage
