#include "storage/schema/Migration11.h"

#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage {

void applyMigration11(SqliteDatabase& db)
{
    // Until now there was one privacy statement, naming every controller activity. An existing
    // register keeps that statement as the customers' one: nothing disappears from what was
    // published, and the user moves the staff's and applicants' processing to their own
    // statements (the register cannot tell reliably from free text whom an activity is about).
    db.exec(uR"sql(
        CREATE TABLE activity_audience (
            activity_id INTEGER NOT NULL REFERENCES processing_activity (id) ON DELETE CASCADE,
            audience    TEXT NOT NULL CHECK (audience IN ('customers', 'staff', 'applicants')),
            PRIMARY KEY (activity_id, audience)
        ) STRICT, WITHOUT ROWID;
        INSERT INTO activity_audience (activity_id, audience)
            SELECT id, 'customers' FROM processing_activity WHERE role = 'controller';

        CREATE TABLE activity_further_legal_basis (
            activity_id INTEGER NOT NULL REFERENCES processing_activity (id) ON DELETE CASCADE,
            position    INTEGER NOT NULL CHECK (position >= 0),
            basis       TEXT NOT NULL CHECK (basis IN ('a', 'b', 'c', 'd', 'e', 'f')),
            PRIMARY KEY (activity_id, position)
        ) STRICT, WITHOUT ROWID;

        -- On the flagged category it is for, as the art. 9(2) exception: it cannot outlive it.
        ALTER TABLE activity_special_category
            ADD COLUMN national_ground TEXT NOT NULL DEFAULT '';

        CREATE TABLE privacy_statement (
            id                     INTEGER PRIMARY KEY CHECK (id = 1),
            no_automated_decisions INTEGER NOT NULL DEFAULT 0
                CHECK (no_automated_decisions IN (0, 1)),
            automated_decisions    TEXT NOT NULL DEFAULT '',
            not_meant_for_children INTEGER NOT NULL DEFAULT 0
                CHECK (not_meant_for_children IN (0, 1))
        ) STRICT;

        CREATE TABLE cookie (
            position INTEGER PRIMARY KEY CHECK (position >= 0),
            name     TEXT NOT NULL,
            party    TEXT NOT NULL CHECK (party IN ('first', 'third')),
            purpose  TEXT NOT NULL DEFAULT '',
            duration TEXT NOT NULL DEFAULT '',
            kind     TEXT NOT NULL CHECK (kind IN ('functional', 'analytic', 'consent'))
        ) STRICT;
    )sql");
}

} // namespace pr::storage
