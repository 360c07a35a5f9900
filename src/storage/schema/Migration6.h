#pragma once

namespace pr::storage {

class SqliteDatabase;

// Schema version 6: the PDF the firm signed digitally (PAdES, with the register's certificate),
// kept with the agreement byte for byte beside the client's copy, because a later copy of a
// signed agreement must be the signed bytes, never a new render. Released migrations are never
// edited.
void applyMigration6(SqliteDatabase& db);

} // namespace pr::storage
