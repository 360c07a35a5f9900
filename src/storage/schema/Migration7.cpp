#include "storage/schema/Migration7.h"

#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage {

void applyMigration7(SqliteDatabase& db)
{
    // A scope hangs on the link between activity and client (activity_client), so it exists
    // only for a client the activity serves and goes when the client is unticked. Each part
    // is the activity's own until its has_* flag says otherwise; a part that is set may be an
    // empty set (special categories: "none for this client"), which a row count cannot tell
    // from "not set". Retention is set when retention_kind is not NULL.
    db.exec(uR"sql(
        CREATE TABLE activity_client_scope (
            activity_id                 INTEGER NOT NULL,
            client_id                   INTEGER NOT NULL,
            has_data_categories         INTEGER NOT NULL CHECK (has_data_categories IN (0, 1)),
            has_special_categories      INTEGER NOT NULL
                CHECK (has_special_categories IN (0, 1)),
            has_data_subject_categories INTEGER NOT NULL
                CHECK (has_data_subject_categories IN (0, 1)),
            children_safeguards         TEXT NOT NULL DEFAULT '',
            retention_kind              TEXT
                CHECK (retention_kind IN ('unspecified', 'fixed', 'duration-of-agreement')),
            retention_amount            INTEGER NOT NULL DEFAULT 0 CHECK (retention_amount >= 0),
            retention_unit              TEXT NOT NULL DEFAULT 'months'
                CHECK (retention_unit IN ('days', 'weeks', 'months', 'years')),
            retention_trigger           TEXT NOT NULL DEFAULT 'collection'
                CHECK (retention_trigger IN ('collection', 'last-contact', 'end-of-agreement',
                                             'end-of-financial-year', 'end-of-employment',
                                             'request-handled', 'other')),
            retention_description       TEXT NOT NULL DEFAULT '',
            retention_legal_basis       TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (activity_id, client_id),
            FOREIGN KEY (activity_id, client_id)
                REFERENCES activity_client (activity_id, client_id) ON DELETE CASCADE
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE activity_client_data_category (
            activity_id INTEGER NOT NULL,
            client_id   INTEGER NOT NULL,
            position    INTEGER NOT NULL CHECK (position >= 0),
            category    TEXT NOT NULL,
            PRIMARY KEY (activity_id, client_id, position),
            FOREIGN KEY (activity_id, client_id)
                REFERENCES activity_client_scope (activity_id, client_id) ON DELETE CASCADE
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE activity_client_data_subject_category (
            activity_id INTEGER NOT NULL,
            client_id   INTEGER NOT NULL,
            position    INTEGER NOT NULL CHECK (position >= 0),
            category    TEXT NOT NULL,
            PRIMARY KEY (activity_id, client_id, position),
            FOREIGN KEY (activity_id, client_id)
                REFERENCES activity_client_scope (activity_id, client_id) ON DELETE CASCADE
        ) STRICT, WITHOUT ROWID;

        -- As activity_special_category: the ground lives on the category it is for.
        CREATE TABLE activity_client_special_category (
            activity_id    INTEGER NOT NULL,
            client_id      INTEGER NOT NULL,
            category       TEXT NOT NULL
                CHECK (category IN ('health', 'ethnicity', 'political-opinions', 'religion',
                                    'trade-union', 'genetic', 'biometric', 'sex-life',
                                    'criminal', 'bsn', 'id-document', 'financial', 'location',
                                    'children')),
            art9_exception TEXT
                CHECK (art9_exception IN ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j')),
            PRIMARY KEY (activity_id, client_id, category),
            CHECK (art9_exception IS NULL
                   OR category IN ('health', 'ethnicity', 'political-opinions', 'religion',
                                   'trade-union', 'genetic', 'biometric', 'sex-life')),
            FOREIGN KEY (activity_id, client_id)
                REFERENCES activity_client_scope (activity_id, client_id) ON DELETE CASCADE
        ) STRICT, WITHOUT ROWID;
    )sql");
}

} // namespace pr::storage
