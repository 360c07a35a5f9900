#pragma once

namespace pr::storage {

class SqliteDatabase;

// Schema version 13: the English versions of the register's texts, one row per Dutch text,
// which the English DPA shows instead of the Dutch. An existing register has none: its English
// documents show catalogue items in English and its own texts in Dutch, as before. Released
// migrations are never edited.
void applyMigration13(SqliteDatabase& db);

} // namespace pr::storage
