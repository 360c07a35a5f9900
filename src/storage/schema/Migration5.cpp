#include "storage/schema/Migration5.h"

#include "storage/audit/AuditUpgrade.h"
#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage {

namespace {

// The audit tables of schema 5: values may be NULL (redacted), and only a redaction may change
// a change row. Migration2.cpp made the first form; docs/file-format.md describes both.
void createAuditTables(SqliteDatabase& db)
{
    db.exec(uR"sql(
        CREATE TABLE audit_entry (
            id            INTEGER PRIMARY KEY,
            at            TEXT NOT NULL
                CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', at, '+0 seconds') IS at),
            entity        TEXT NOT NULL
                CHECK (entity IN ('organisation', 'processing-activity', 'security-measure',
                                  'sub-processor', 'client', 'agreement',
                                  'data-subject-request', 'breach')),
            entity_id     INTEGER NOT NULL,
            action        TEXT NOT NULL
                CHECK (action IN ('insert', 'update', 'delete', 'redact')),
            os_user       TEXT NOT NULL,
            -- NULL for the first entry, which chains from 32 zero bytes.
            previous_hash BLOB CHECK (previous_hash IS NULL OR length(previous_hash) = 32),
            hash          BLOB NOT NULL CHECK (length(hash) = 32)
        ) STRICT;
        CREATE INDEX audit_entry_by_record ON audit_entry (entity, entity_id);

        -- A redacted change has no values and no salt; its digest stays.
        CREATE TABLE audit_change (
            entry_id  INTEGER NOT NULL REFERENCES audit_entry (id),
            position  INTEGER NOT NULL CHECK (position >= 0),
            field     TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT,
            salt      BLOB CHECK (salt IS NULL OR length(salt) = 16),
            digest    BLOB NOT NULL CHECK (length(digest) = 32),
            PRIMARY KEY (entry_id, position),
            CHECK ((old_value IS NULL) = (salt IS NULL) AND (new_value IS NULL) = (salt IS NULL))
        ) STRICT, WITHOUT ROWID;

        CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
        BEGIN
            SELECT RAISE(ABORT, 'the audit trail is append-only');
        END;
        CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
        BEGIN
            SELECT RAISE(ABORT, 'the audit trail is append-only');
        END;
        CREATE TRIGGER audit_change_redact_only BEFORE UPDATE ON audit_change
        WHEN NOT (NEW.entry_id IS OLD.entry_id AND NEW.position IS OLD.position
                  AND NEW.field IS OLD.field AND NEW.digest IS OLD.digest
                  AND NEW.old_value IS NULL AND NEW.new_value IS NULL AND NEW.salt IS NULL)
        BEGIN
            SELECT RAISE(ABORT, 'the audit trail is append-only; values can only be redacted');
        END;
        CREATE TRIGGER audit_change_no_delete BEFORE DELETE ON audit_change
        BEGIN
            SELECT RAISE(ABORT, 'the audit trail is append-only');
        END;
    )sql");
}

} // namespace

void applyMigration5(SqliteDatabase& db)
{
    // Read before the old tables go; checked in the first form, chained anew in the new one.
    const AuditUpgrade::LegacyTrail trail = AuditUpgrade::readLegacy(db);
    db.exec(u"DROP TABLE audit_change; DROP TABLE audit_entry;");
    createAuditTables(db);
    AuditUpgrade::writeRechained(db, trail);
}

} // namespace pr::storage
