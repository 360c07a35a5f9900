#pragma once

namespace pr::storage {

class SqliteDatabase;

// Schema version 3: the firm's signing certificate. One row at most: the PKCS#12
// file's bytes, its password and when it was added. Both secrets live only inside the
// encrypted register; the JSON export leaves them out (docs/json-format.md). Released
// migrations are never edited.
void applyMigration3(SqliteDatabase& db);

} // namespace pr::storage
