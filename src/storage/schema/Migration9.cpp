#include "storage/schema/Migration9.h"

#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage {

namespace {

void addClientPrivacyContact(SqliteDatabase& db)
{
    // As the organisation's (schema 2); existing clients get an empty contact, not a DPO.
    db.exec(uR"sql(
        ALTER TABLE client ADD COLUMN privacy_contact_name TEXT NOT NULL DEFAULT '';
        ALTER TABLE client ADD COLUMN privacy_contact_email TEXT NOT NULL DEFAULT '';
        ALTER TABLE client ADD COLUMN privacy_contact_phone TEXT NOT NULL DEFAULT '';
        ALTER TABLE client ADD COLUMN privacy_contact_is_dpo INTEGER NOT NULL DEFAULT 0
            CHECK (privacy_contact_is_dpo IN (0, 1));
    )sql");
}

void createNotices(SqliteDatabase& db)
{
    // RESTRICT: a notice is a record of what a client was told. The repositories delete the
    // notices of a sub-processor or agreement they delete, each with its audit entry.
    db.exec(uR"sql(
        CREATE TABLE sub_processor_notice (
            id               INTEGER PRIMARY KEY,
            sub_processor_id INTEGER NOT NULL
                REFERENCES sub_processor (id) ON DELETE RESTRICT,
            client_id        INTEGER NOT NULL REFERENCES client (id) ON DELETE RESTRICT,
            agreement_id     INTEGER NOT NULL REFERENCES agreement (id) ON DELETE RESTRICT,
            change           TEXT NOT NULL CHECK (change IN ('added', 'replaced')),
            replaced_name    TEXT NOT NULL DEFAULT '',
            sent_date        TEXT NOT NULL CHECK (date(sent_date, '+0 days') IS sent_date),
            objection_days   INTEGER NOT NULL CHECK (objection_days >= 1),
            objection_date   TEXT
                CHECK (objection_date IS NULL
                       OR date(objection_date, '+0 days') IS objection_date),
            objection_text   TEXT NOT NULL DEFAULT '',
            outcome          TEXT NOT NULL
                CHECK (outcome IN ('open', 'resolved', 'not-engaged', 'withdrawn',
                                   'service-terminated'))
        ) STRICT;
        CREATE INDEX sub_processor_notice_by_sub_processor
            ON sub_processor_notice (sub_processor_id, sent_date);
        CREATE INDEX sub_processor_notice_by_client ON sub_processor_notice (client_id, sent_date);
        CREATE INDEX sub_processor_notice_by_agreement ON sub_processor_notice (agreement_id);
    )sql");
}

// The audit tables of schema 5 with one change: the record kind is any code of lower-case
// letters and hyphens (core::EntityKind's codes, which the program checks when it reads the
// trail) instead of a fixed list, which a new kind of record would otherwise have to rebuild.
// The rows are copied as they are, so the hash chain stays valid.
void rebuildAuditTables(SqliteDatabase& db)
{
    db.exec(uR"sql(
        CREATE TEMP TABLE audit_entry_copy AS SELECT * FROM audit_entry;
        CREATE TEMP TABLE audit_change_copy AS SELECT * FROM audit_change;
        DROP TABLE audit_change;
        DROP TABLE audit_entry;

        CREATE TABLE audit_entry (
            id            INTEGER PRIMARY KEY,
            at            TEXT NOT NULL
                CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', at, '+0 seconds') IS at),
            entity        TEXT NOT NULL
                CHECK (entity <> '' AND entity NOT GLOB '*[^a-z-]*'),
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

        INSERT INTO audit_entry (id, at, entity, entity_id, action, os_user, previous_hash, hash)
            SELECT id, at, entity, entity_id, action, os_user, previous_hash, hash
            FROM audit_entry_copy ORDER BY id;
        INSERT INTO audit_change (entry_id, position, field, old_value, new_value, salt, digest)
            SELECT entry_id, position, field, old_value, new_value, salt, digest
            FROM audit_change_copy;
        DROP TABLE audit_entry_copy;
        DROP TABLE audit_change_copy;

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

void applyMigration9(SqliteDatabase& db)
{
    addClientPrivacyContact(db);
    createNotices(db);
    rebuildAuditTables(db);
}

} // namespace pr::storage
