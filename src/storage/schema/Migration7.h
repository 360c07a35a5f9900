#pragma once

namespace pr::storage {

class SqliteDatabase;

// Schema version 7: what a processor activity touches for one of its clients, where that
// differs from the activity (core::ClientScope): the client's own data categories, special
// categories with their art. 9(2) grounds, data subjects and retention. Existing registers
// get no scopes, so every client keeps the activity's own content. Released migrations are
// never edited.
void applyMigration7(SqliteDatabase& db);

} // namespace pr::storage
