#include "storage/schema/Migration2.h"

#include "storage/sqlite/SqliteDatabase.h"

// Conventions of this schema, so that each table need not repeat them:
// - STRICT tables: a value of the wrong type is an error, not silently stored.
// - Enum columns hold the stable codes of core/domain (EnumTable) and a CHECK lists them all,
//   because the set is closed; tests/storage/repositories/SchemaConstraintsTest.cpp checks
//   that every code of every enum passes its CHECK and that an unknown one does not.
// - Text the user may leave empty is NOT NULL DEFAULT '': "nothing" has one form. Names that
//   identify a record in lists and in messages must hold more than whitespace.
// - A date is 'YYYY-MM-DD' and an instant 'YYYY-MM-DDTHH:MM:SS.SSSZ' (UTC), both checked, or
//   NULL when not set: a malformed value would sort and compare wrongly. The check formats the
//   value again with a '+0' modifier, which makes SQLite normalise it, so that a day that does
//   not exist ('2026-02-30') fails too.
// - Ordered lists are child tables keyed by (owner, position); they are part of their owner
//   and go with it (ON DELETE CASCADE). A reference from one record to another is RESTRICT:
//   the repositories refuse such a delete with a message that names the referrers, or run a
//   cascade the user confirmed, and the foreign key is the safety net behind them.
// - Many-to-many links are tables with both ids, never lists in a text column.

namespace pr::storage {

namespace {

// The profile of the firm. ADD COLUMN because migration 1 created the table; the defaults
// fill the one existing row.
void extendOrganisation(SqliteDatabase& db)
{
    db.exec(uR"sql(
        ALTER TABLE organisation ADD COLUMN trade_name TEXT NOT NULL DEFAULT '';
        ALTER TABLE organisation ADD COLUMN address TEXT NOT NULL DEFAULT '';
        ALTER TABLE organisation ADD COLUMN postcode TEXT NOT NULL DEFAULT '';
        ALTER TABLE organisation ADD COLUMN city TEXT NOT NULL DEFAULT '';
        ALTER TABLE organisation ADD COLUMN kvk_number TEXT NOT NULL DEFAULT '';
        ALTER TABLE organisation ADD COLUMN vat_number TEXT NOT NULL DEFAULT '';
        ALTER TABLE organisation ADD COLUMN phone TEXT NOT NULL DEFAULT '';
        ALTER TABLE organisation ADD COLUMN email TEXT NOT NULL DEFAULT '';
        ALTER TABLE organisation ADD COLUMN website TEXT NOT NULL DEFAULT '';
        ALTER TABLE organisation ADD COLUMN representative_name TEXT NOT NULL DEFAULT '';
        ALTER TABLE organisation ADD COLUMN representative_function TEXT NOT NULL DEFAULT '';
        ALTER TABLE organisation ADD COLUMN privacy_contact_name TEXT NOT NULL DEFAULT '';
        ALTER TABLE organisation ADD COLUMN privacy_contact_email TEXT NOT NULL DEFAULT '';
        ALTER TABLE organisation ADD COLUMN privacy_contact_phone TEXT NOT NULL DEFAULT '';
        ALTER TABLE organisation ADD COLUMN privacy_contact_is_dpo INTEGER NOT NULL DEFAULT 0
            CHECK (privacy_contact_is_dpo IN (0, 1));
        ALTER TABLE organisation ADD COLUMN logo_png BLOB;
        ALTER TABLE organisation ADD COLUMN signature_png BLOB;
    )sql");
}

// Before the activities: they and the agreements, requests and breaches refer to clients.
void createClients(SqliteDatabase& db)
{
    db.exec(uR"sql(
        CREATE TABLE client (
            id                      INTEGER PRIMARY KEY,
            legal_name              TEXT NOT NULL CHECK (trim(legal_name) <> ''),
            address                 TEXT NOT NULL DEFAULT '',
            postcode                TEXT NOT NULL DEFAULT '',
            city                    TEXT NOT NULL DEFAULT '',
            kvk_number              TEXT NOT NULL DEFAULT '',
            representative_name     TEXT NOT NULL DEFAULT '',
            representative_function TEXT NOT NULL DEFAULT '',
            contact_name            TEXT NOT NULL DEFAULT '',
            contact_email           TEXT NOT NULL DEFAULT '',
            contact_phone           TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX client_by_name ON client (legal_name COLLATE NOCASE);
    )sql");
}

void createActivities(SqliteDatabase& db)
{
    db.exec(uR"sql(
        CREATE TABLE processing_activity (
            id                    INTEGER PRIMARY KEY,
            name                  TEXT NOT NULL CHECK (trim(name) <> ''),
            role                  TEXT NOT NULL CHECK (role IN ('controller', 'processor')),
            -- NULL while not chosen: as processor the basis is the client's matter.
            legal_basis           TEXT CHECK (legal_basis IN ('a', 'b', 'c', 'd', 'e', 'f')),
            legitimate_interest   TEXT NOT NULL DEFAULT '',
            children_safeguards   TEXT NOT NULL DEFAULT '',
            retention_kind        TEXT NOT NULL
                CHECK (retention_kind IN ('unspecified', 'fixed', 'duration-of-agreement')),
            retention_amount      INTEGER NOT NULL DEFAULT 0 CHECK (retention_amount >= 0),
            retention_unit        TEXT NOT NULL
                CHECK (retention_unit IN ('days', 'weeks', 'months', 'years')),
            retention_trigger     TEXT NOT NULL
                CHECK (retention_trigger IN ('collection', 'last-contact', 'end-of-agreement',
                                             'end-of-financial-year', 'end-of-employment',
                                             'request-handled', 'other')),
            retention_description TEXT NOT NULL DEFAULT '',
            retention_legal_basis TEXT NOT NULL DEFAULT '',
            source                TEXT NOT NULL CHECK (source IN ('data-subject', 'other')),
            source_description    TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX processing_activity_by_name ON processing_activity (name COLLATE NOCASE);
        CREATE INDEX processing_activity_by_role ON processing_activity (role);

        CREATE TABLE activity_purpose (
            activity_id INTEGER NOT NULL REFERENCES processing_activity (id) ON DELETE CASCADE,
            position    INTEGER NOT NULL CHECK (position >= 0),
            purpose     TEXT NOT NULL,
            PRIMARY KEY (activity_id, position)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE activity_data_category (
            activity_id INTEGER NOT NULL REFERENCES processing_activity (id) ON DELETE CASCADE,
            position    INTEGER NOT NULL CHECK (position >= 0),
            category    TEXT NOT NULL,
            PRIMARY KEY (activity_id, position)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE activity_data_subject_category (
            activity_id INTEGER NOT NULL REFERENCES processing_activity (id) ON DELETE CASCADE,
            position    INTEGER NOT NULL CHECK (position >= 0),
            category    TEXT NOT NULL,
            PRIMARY KEY (activity_id, position)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE activity_recipient (
            activity_id INTEGER NOT NULL REFERENCES processing_activity (id) ON DELETE CASCADE,
            position    INTEGER NOT NULL CHECK (position >= 0),
            recipient   TEXT NOT NULL,
            PRIMARY KEY (activity_id, position)
        ) STRICT, WITHOUT ROWID;

        -- A set, so no position. The exception of art. 9(2) lives on the category it is for:
        -- only the eight categories of art. 9(1) can have one, and an exception cannot outlive
        -- the flag it belongs to.
        CREATE TABLE activity_special_category (
            activity_id    INTEGER NOT NULL
                REFERENCES processing_activity (id) ON DELETE CASCADE,
            category       TEXT NOT NULL
                CHECK (category IN ('health', 'ethnicity', 'political-opinions', 'religion',
                                    'trade-union', 'genetic', 'biometric', 'sex-life',
                                    'criminal', 'bsn', 'id-document', 'financial', 'location',
                                    'children')),
            art9_exception TEXT
                CHECK (art9_exception IN ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j')),
            PRIMARY KEY (activity_id, category),
            CHECK (art9_exception IS NULL
                   OR category IN ('health', 'ethnicity', 'political-opinions', 'religion',
                                   'trade-union', 'genetic', 'biometric', 'sex-life'))
        ) STRICT, WITHOUT ROWID;

        -- Bijlage 1 pairs each function with its own operations.
        CREATE TABLE activity_staff_role (
            activity_id INTEGER NOT NULL REFERENCES processing_activity (id) ON DELETE CASCADE,
            position    INTEGER NOT NULL CHECK (position >= 0),
            role        TEXT NOT NULL,
            PRIMARY KEY (activity_id, position)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE activity_staff_operation (
            activity_id   INTEGER NOT NULL,
            role_position INTEGER NOT NULL,
            position      INTEGER NOT NULL CHECK (position >= 0),
            operation     TEXT NOT NULL,
            PRIMARY KEY (activity_id, role_position, position),
            FOREIGN KEY (activity_id, role_position)
                REFERENCES activity_staff_role (activity_id, position) ON DELETE CASCADE
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE activity_transfer (
            activity_id       INTEGER NOT NULL
                REFERENCES processing_activity (id) ON DELETE CASCADE,
            position          INTEGER NOT NULL CHECK (position >= 0),
            recipient         TEXT NOT NULL DEFAULT '',
            country           TEXT NOT NULL DEFAULT '',
            safeguard         TEXT
                CHECK (safeguard IN ('adequacy', 'scc', 'bcr', 'derogation')),
            safeguard_details TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (activity_id, position)
        ) STRICT, WITHOUT ROWID;

        -- The clients a processor activity is done for. The link belongs to the activity;
        -- the client it names cannot be deleted while it is listed.
        CREATE TABLE activity_client (
            activity_id INTEGER NOT NULL REFERENCES processing_activity (id) ON DELETE CASCADE,
            client_id   INTEGER NOT NULL REFERENCES client (id) ON DELETE RESTRICT,
            position    INTEGER NOT NULL CHECK (position >= 0),
            PRIMARY KEY (activity_id, client_id),
            UNIQUE (activity_id, position)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX activity_client_by_client ON activity_client (client_id);
    )sql");
}

void createSecurityMeasures(SqliteDatabase& db)
{
    db.exec(uR"sql(
        CREATE TABLE security_measure (
            id               INTEGER PRIMARY KEY,
            category         TEXT NOT NULL
                CHECK (category IN ('technical', 'organisational', 'physical',
                                    'network-server-application')),
            title            TEXT NOT NULL CHECK (trim(title) <> ''),
            description      TEXT NOT NULL DEFAULT '',
            status           TEXT NOT NULL CHECK (status IN ('in-place', 'planned')),
            owner            TEXT NOT NULL DEFAULT '',
            last_review_date TEXT
                CHECK (last_review_date IS NULL
                       OR date(last_review_date, '+0 days') IS last_review_date),
            catalogue_id     TEXT NOT NULL DEFAULT ''
        ) STRICT;
        -- Bijlage 2 lists them by category, then by title.
        CREATE INDEX security_measure_by_category
            ON security_measure (category, title COLLATE NOCASE);
        CREATE INDEX security_measure_by_status ON security_measure (status);
    )sql");
}

void createSubProcessors(SqliteDatabase& db)
{
    db.exec(uR"sql(
        CREATE TABLE sub_processor (
            id            INTEGER PRIMARY KEY,
            name          TEXT NOT NULL CHECK (trim(name) <> ''),
            service       TEXT NOT NULL DEFAULT '',
            country       TEXT NOT NULL DEFAULT '',
            data_location TEXT NOT NULL DEFAULT '',
            inside_eea    INTEGER NOT NULL CHECK (inside_eea IN (0, 1)),
            safeguard     TEXT CHECK (safeguard IN ('adequacy', 'scc', 'bcr', 'derogation')),
            dpa_date      TEXT CHECK (dpa_date IS NULL OR date(dpa_date, '+0 days') IS dpa_date)
        ) STRICT;
        CREATE INDEX sub_processor_by_name ON sub_processor (name COLLATE NOCASE);

        CREATE TABLE sub_processor_activity (
            sub_processor_id INTEGER NOT NULL
                REFERENCES sub_processor (id) ON DELETE CASCADE,
            activity_id      INTEGER NOT NULL
                REFERENCES processing_activity (id) ON DELETE RESTRICT,
            position         INTEGER NOT NULL CHECK (position >= 0),
            PRIMARY KEY (sub_processor_id, activity_id),
            UNIQUE (sub_processor_id, position)
        ) STRICT, WITHOUT ROWID;
        -- Which sub-processors serve an activity: the notice of art. 28(2) per client.
        CREATE INDEX sub_processor_activity_by_activity ON sub_processor_activity (activity_id);
    )sql");
}

void createAgreements(SqliteDatabase& db)
{
    db.exec(uR"sql(
        CREATE TABLE agreement (
            id                        INTEGER PRIMARY KEY,
            client_id                 INTEGER NOT NULL
                REFERENCES client (id) ON DELETE RESTRICT,
            version                   TEXT NOT NULL CHECK (trim(version) <> ''),
            start_date                TEXT
                CHECK (start_date IS NULL OR date(start_date, '+0 days') IS start_date),
            duration_months           INTEGER CHECK (duration_months >= 0),
            end_date                  TEXT
                CHECK (end_date IS NULL OR date(end_date, '+0 days') IS end_date),
            breach_notification_hours INTEGER NOT NULL CHECK (breach_notification_hours >= 0),
            audit_interval_months     INTEGER CHECK (audit_interval_months >= 0),
            liability_amount_cents    INTEGER CHECK (liability_amount_cents >= 0),
            liability_currency        TEXT NOT NULL DEFAULT 'EUR',
            liability_text            TEXT NOT NULL DEFAULT '',
            change_notice_days        INTEGER NOT NULL CHECK (change_notice_days >= 0),
            processing_location       TEXT NOT NULL DEFAULT '',
            return_deletion_days      INTEGER NOT NULL CHECK (return_deletion_days >= 0),
            signing_state             TEXT NOT NULL
                CHECK (signing_state IN ('draft', 'sent', 'signed-by-firm', 'countersigned',
                                         'terminated')),
            firm_signatory_name       TEXT NOT NULL DEFAULT '',
            firm_signatory_function   TEXT NOT NULL DEFAULT '',
            firm_signatory_date       TEXT
                CHECK (firm_signatory_date IS NULL
                       OR date(firm_signatory_date, '+0 days') IS firm_signatory_date),
            firm_signatory_place      TEXT NOT NULL DEFAULT '',
            client_signatory_name     TEXT NOT NULL DEFAULT '',
            client_signatory_function TEXT NOT NULL DEFAULT '',
            client_signatory_date     TEXT
                CHECK (client_signatory_date IS NULL
                       OR date(client_signatory_date, '+0 days') IS client_signatory_date),
            client_signatory_place    TEXT NOT NULL DEFAULT '',
            -- Last, so that reading the columns before it never walks through the PDF.
            signed_pdf                BLOB
        ) STRICT;
        CREATE INDEX agreement_by_client ON agreement (client_id, start_date);
        CREATE INDEX agreement_by_signing_state ON agreement (signing_state);

        -- Bijlage 1: the activities the agreement covers.
        CREATE TABLE agreement_activity (
            agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
            activity_id  INTEGER NOT NULL REFERENCES processing_activity (id) ON DELETE RESTRICT,
            position     INTEGER NOT NULL CHECK (position >= 0),
            PRIMARY KEY (agreement_id, activity_id),
            UNIQUE (agreement_id, position)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX agreement_activity_by_activity ON agreement_activity (activity_id);
    )sql");
}

void createRequests(SqliteDatabase& db)
{
    db.exec(uR"sql(
        CREATE TABLE data_subject_request (
            id                      INTEGER PRIMARY KEY,
            reference               TEXT NOT NULL DEFAULT '',
            requester_name          TEXT NOT NULL DEFAULT '',
            requester_contact       TEXT NOT NULL DEFAULT '',
            invoked_right           TEXT NOT NULL
                CHECK (invoked_right IN ('access', 'rectification', 'erasure', 'restriction',
                                         'portability', 'objection', 'consent-withdrawal')),
            received_date           TEXT
                CHECK (received_date IS NULL OR date(received_date, '+0 days') IS received_date),
            channel                 TEXT NOT NULL
                CHECK (channel IN ('email', 'letter', 'phone', 'web-form', 'in-person',
                                   'other')),
            identity_requested_date TEXT
                CHECK (identity_requested_date IS NULL
                       OR date(identity_requested_date, '+0 days') IS identity_requested_date),
            identity_verified_date  TEXT
                CHECK (identity_verified_date IS NULL
                       OR date(identity_verified_date, '+0 days') IS identity_verified_date),
            id_copy_destroyed_date  TEXT
                CHECK (id_copy_destroyed_date IS NULL
                       OR date(id_copy_destroyed_date, '+0 days') IS id_copy_destroyed_date),
            -- NULL: the firm's own request, not one that came in as processor.
            client_id               INTEGER REFERENCES client (id) ON DELETE RESTRICT,
            client_informed_date    TEXT
                CHECK (client_informed_date IS NULL
                       OR date(client_informed_date, '+0 days') IS client_informed_date),
            status                  TEXT NOT NULL
                CHECK (status IN ('received', 'awaiting-identity', 'in-progress', 'answered',
                                  'refused', 'withdrawn')),
            -- The extension is all or nothing: its date and reason exist only with the flag.
            extended                INTEGER NOT NULL DEFAULT 0 CHECK (extended IN (0, 1)),
            extension_told_on       TEXT
                CHECK (extension_told_on IS NULL
                       OR date(extension_told_on, '+0 days') IS extension_told_on),
            extension_reason        TEXT NOT NULL DEFAULT '',
            answered_date           TEXT
                CHECK (answered_date IS NULL OR date(answered_date, '+0 days') IS answered_date),
            outcome                 TEXT NOT NULL DEFAULT '',
            refusal_reason          TEXT NOT NULL DEFAULT '',
            CHECK (extended = 1 OR (extension_told_on IS NULL AND extension_reason = ''))
        ) STRICT;
        CREATE INDEX data_subject_request_by_received ON data_subject_request (received_date);
        CREATE INDEX data_subject_request_by_status ON data_subject_request (status);
        CREATE INDEX data_subject_request_by_client ON data_subject_request (client_id);
    )sql");
}

void createBreaches(SqliteDatabase& db)
{
    db.exec(uR"sql(
        CREATE TABLE breach (
            id                           INTEGER PRIMARY KEY,
            reference                    TEXT NOT NULL DEFAULT '',
            discovered_at                TEXT
                CHECK (discovered_at IS NULL
                       OR strftime('%Y-%m-%dT%H:%M:%fZ', discovered_at, '+0 seconds')
                          IS discovered_at),
            description                  TEXT NOT NULL DEFAULT '',
            approx_subject_count         INTEGER CHECK (approx_subject_count >= 0),
            approx_record_count          INTEGER CHECK (approx_record_count >= 0),
            likely_consequences          TEXT NOT NULL DEFAULT '',
            measures_taken               TEXT NOT NULL DEFAULT '',
            -- NULL while undecided, which is not the same as decided against.
            ap_notified                  INTEGER CHECK (ap_notified IN (0, 1)),
            ap_not_notified_reason       TEXT NOT NULL DEFAULT '',
            ap_reference                 TEXT NOT NULL DEFAULT '',
            subjects_informed            INTEGER CHECK (subjects_informed IN (0, 1)),
            subjects_informed_date       TEXT
                CHECK (subjects_informed_date IS NULL
                       OR date(subjects_informed_date, '+0 days') IS subjects_informed_date),
            subjects_not_informed_reason TEXT NOT NULL DEFAULT '',
            -- NULL: a breach of the firm's own data; otherwise the client whose data it was.
            client_id                    INTEGER REFERENCES client (id) ON DELETE RESTRICT,
            client_notified_at           TEXT
                CHECK (client_notified_at IS NULL
                       OR strftime('%Y-%m-%dT%H:%M:%fZ', client_notified_at, '+0 seconds')
                          IS client_notified_at)
        ) STRICT;
        CREATE INDEX breach_by_discovery ON breach (discovered_at);
        CREATE INDEX breach_by_client ON breach (client_id);

        CREATE TABLE breach_data_category (
            breach_id INTEGER NOT NULL REFERENCES breach (id) ON DELETE CASCADE,
            position  INTEGER NOT NULL CHECK (position >= 0),
            category  TEXT NOT NULL,
            PRIMARY KEY (breach_id, position)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE breach_data_subject_category (
            breach_id INTEGER NOT NULL REFERENCES breach (id) ON DELETE CASCADE,
            position  INTEGER NOT NULL CHECK (position >= 0),
            category  TEXT NOT NULL,
            PRIMARY KEY (breach_id, position)
        ) STRICT, WITHOUT ROWID;

        -- Art. 33(4): the report to the AP may come in phases.
        CREATE TABLE breach_ap_notification (
            breach_id INTEGER NOT NULL REFERENCES breach (id) ON DELETE CASCADE,
            position  INTEGER NOT NULL CHECK (position >= 0),
            phase     TEXT NOT NULL CHECK (phase IN ('initial', 'follow-up')),
            sent_at   TEXT
                CHECK (sent_at IS NULL
                       OR strftime('%Y-%m-%dT%H:%M:%fZ', sent_at, '+0 seconds') IS sent_at),
            summary   TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (breach_id, position)
        ) STRICT, WITHOUT ROWID;
    )sql");
}

// The audit trail (storage/audit/AuditTrail.h). entity_id is no foreign key: the trail
// outlives the records it describes. The changes carry the values before and after, which
// may be personal data; that is the trail's purpose (art. 5(2)), and the whole register is
// encrypted. The triggers make the trail append-only for the program; someone who edits a
// decrypted copy can drop them, which is what the hash chain is for.
void createAuditTrail(SqliteDatabase& db)
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
            action        TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
            os_user       TEXT NOT NULL,
            -- NULL for the first entry, which chains from 32 zero bytes.
            previous_hash BLOB CHECK (previous_hash IS NULL OR length(previous_hash) = 32),
            hash          BLOB NOT NULL CHECK (length(hash) = 32)
        ) STRICT;
        CREATE INDEX audit_entry_by_record ON audit_entry (entity, entity_id);

        CREATE TABLE audit_change (
            entry_id  INTEGER NOT NULL REFERENCES audit_entry (id),
            position  INTEGER NOT NULL CHECK (position >= 0),
            field     TEXT NOT NULL,
            old_value TEXT NOT NULL,
            new_value TEXT NOT NULL,
            PRIMARY KEY (entry_id, position)
        ) STRICT, WITHOUT ROWID;

        CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
        BEGIN
            SELECT RAISE(ABORT, 'the audit trail is append-only');
        END;
        CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
        BEGIN
            SELECT RAISE(ABORT, 'the audit trail is append-only');
        END;
        CREATE TRIGGER audit_change_no_update BEFORE UPDATE ON audit_change
        BEGIN
            SELECT RAISE(ABORT, 'the audit trail is append-only');
        END;
        CREATE TRIGGER audit_change_no_delete BEFORE DELETE ON audit_change
        BEGIN
            SELECT RAISE(ABORT, 'the audit trail is append-only');
        END;
    )sql");
}

} // namespace

void applyMigration2(SqliteDatabase& db)
{
    extendOrganisation(db);
    createClients(db);
    createActivities(db);
    createSecurityMeasures(db);
    createSubProcessors(db);
    createAgreements(db);
    createRequests(db);
    createBreaches(db);
    createAuditTrail(db);
}

} // namespace pr::storage
