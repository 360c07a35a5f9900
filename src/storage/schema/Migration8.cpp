#include "storage/schema/Migration8.h"

#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage {

void applyMigration8(SqliteDatabase& db)
{
    // A table of its own rather than a column: one row only for agreements signed from now on,
    // and reading agreements never walks through a DPA's worth of text. Agreements signed
    // before have no row: what they said then is not known, and the program says that it cannot
    // compare them instead of guessing. Deleted with its agreement.
    db.exec(uR"sql(
        CREATE TABLE agreement_signed_content (
            agreement_id INTEGER PRIMARY KEY REFERENCES agreement (id) ON DELETE CASCADE,
            content      BLOB NOT NULL CHECK (length(content) > 0)
        ) STRICT;
    )sql");
}

} // namespace pr::storage
