#pragma once

namespace pr::storage {

class SqliteDatabase;

// Schema version 8: what a DPA said when the firm signed it (Agreement::signedContent), so that
// the program can tell whether today's register still makes the agreement that was signed.
// Released migrations are never edited.
void applyMigration8(SqliteDatabase& db);

} // namespace pr::storage
