#pragma once

namespace pr::storage {

class SqliteDatabase;

// Schema version 11: what the privacy statements need. Per activity the statements that name
// it (customers, staff, applicants), further legal bases and, per special category, the
// national-law ground; for the organisation the statement facts (automated decisions,
// children) and the website's cookies. Released migrations are never edited.
void applyMigration11(SqliteDatabase& db);

} // namespace pr::storage
