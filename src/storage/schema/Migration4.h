#pragma once

namespace pr::storage {

class SqliteDatabase;

// Schema version 4: the signing of an agreement as a dated lifecycle: the date it
// was sent to the client and whether the client signed on paper. Released migrations are never
// edited.
void applyMigration4(SqliteDatabase& db);

} // namespace pr::storage
