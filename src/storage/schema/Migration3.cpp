#include "storage/schema/Migration3.h"

#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage {

void applyMigration3(SqliteDatabase& db)
{
    // The password is a BLOB of UTF-8 bytes rather than TEXT so that reading it never makes a
    // QString copy: the repository copies it straight into wiped memory (SecureBytes).
    db.exec(uR"sql(
        CREATE TABLE signing_certificate (
            id        INTEGER PRIMARY KEY CHECK (id = 1),
            pkcs12    BLOB NOT NULL CHECK (length(pkcs12) > 0),
            password  BLOB NOT NULL,
            added_at  TEXT NOT NULL
                CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', added_at, '+0 seconds') IS added_at)
        ) STRICT;
    )sql");
}

} // namespace pr::storage
