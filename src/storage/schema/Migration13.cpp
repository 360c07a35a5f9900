#include "storage/schema/Migration13.h"

#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage {

void applyMigration13(SqliteDatabase& db)
{
    db.exec(uR"sql(
        CREATE TABLE english_text (
            position INTEGER PRIMARY KEY,
            dutch TEXT NOT NULL UNIQUE CHECK (trim(dutch) <> ''),
            english TEXT NOT NULL CHECK (trim(english) <> '')
        ) STRICT;
    )sql");
}

} // namespace pr::storage
