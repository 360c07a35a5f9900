#include "storage/schema/Migration14.h"

#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage {

void applyMigration14(SqliteDatabase& db)
{
    db.exec(uR"sql(
        ALTER TABLE breach ADD COLUMN started_at TEXT
            CHECK (started_at IS NULL
                   OR strftime('%Y-%m-%dT%H:%M:%fZ', started_at, '+0 seconds') IS started_at);
        ALTER TABLE breach ADD COLUMN ended_at TEXT
            CHECK (ended_at IS NULL
                   OR strftime('%Y-%m-%dT%H:%M:%fZ', ended_at, '+0 seconds') IS ended_at);
        ALTER TABLE breach ADD COLUMN ongoing INTEGER NOT NULL DEFAULT 0
            CHECK (ongoing IN (0, 1));
        ALTER TABLE breach ADD COLUMN cause TEXT NOT NULL DEFAULT '';
        ALTER TABLE breach ADD COLUMN internal_reporter TEXT NOT NULL DEFAULT '';
        ALTER TABLE breach ADD COLUMN max_subject_count INTEGER
            CHECK (max_subject_count >= 0);
        ALTER TABLE breach ADD COLUMN max_record_count INTEGER
            CHECK (max_record_count >= 0);
        -- NULL: not known yet.
        ALTER TABLE breach ADD COLUMN unintelligible INTEGER CHECK (unintelligible IN (0, 1));
        ALTER TABLE breach ADD COLUMN protection TEXT NOT NULL DEFAULT '';
        ALTER TABLE breach ADD COLUMN confidentiality_lost INTEGER NOT NULL DEFAULT 0
            CHECK (confidentiality_lost IN (0, 1));
        ALTER TABLE breach ADD COLUMN integrity_lost INTEGER NOT NULL DEFAULT 0
            CHECK (integrity_lost IN (0, 1));
        ALTER TABLE breach ADD COLUMN availability_lost INTEGER NOT NULL DEFAULT 0
            CHECK (availability_lost IN (0, 1));
        ALTER TABLE breach ADD COLUMN measures_planned TEXT NOT NULL DEFAULT '';
        -- NULL: not assessed yet.
        ALTER TABLE breach ADD COLUMN risk TEXT CHECK (risk IN ('none', 'risk', 'high'));
        ALTER TABLE breach ADD COLUMN risk_reasoning TEXT NOT NULL DEFAULT '';
        ALTER TABLE breach ADD COLUMN other_eu_countries INTEGER NOT NULL DEFAULT 0
            CHECK (other_eu_countries IN (0, 1));
        ALTER TABLE breach ADD COLUMN other_eu_countries_detail TEXT NOT NULL DEFAULT '';
        ALTER TABLE breach ADD COLUMN other_authorities TEXT NOT NULL DEFAULT '';
        ALTER TABLE breach ADD COLUMN ap_contact_person TEXT NOT NULL DEFAULT '';
        ALTER TABLE breach ADD COLUMN subjects_informed_how TEXT NOT NULL DEFAULT '';
        ALTER TABLE breach ADD COLUMN subjects_not_informed_ground TEXT
            CHECK (subjects_not_informed_ground IN ('no-high-risk', 'unintelligible',
                                                    'risk-removed', 'public-communication'));

        CREATE TABLE breach_nature (
            breach_id INTEGER NOT NULL REFERENCES breach (id) ON DELETE CASCADE,
            position  INTEGER NOT NULL CHECK (position >= 0),
            nature    TEXT NOT NULL
                CHECK (nature IN ('wrong-recipient', 'visible-addresses', 'wrong-person',
                                  'device-lost-or-stolen', 'paper-lost-or-stolen',
                                  'post-lost-or-opened', 'hacking-malware-phishing',
                                  'published-by-mistake', 'not-wiped', 'misuse-by-insider',
                                  'lost-or-unavailable', 'other')),
            PRIMARY KEY (breach_id, position)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE breach_special_category (
            breach_id INTEGER NOT NULL REFERENCES breach (id) ON DELETE CASCADE,
            position  INTEGER NOT NULL CHECK (position >= 0),
            category  TEXT NOT NULL
                CHECK (category IN ('health', 'ethnicity', 'political-opinions', 'religion',
                                    'trade-union', 'genetic', 'biometric', 'sex-life',
                                    'criminal', 'bsn', 'id-document', 'financial', 'location',
                                    'children')),
            PRIMARY KEY (breach_id, position)
        ) STRICT, WITHOUT ROWID;

        -- Art. 33(4): whether the firm considered a report complete (else preliminary).
        ALTER TABLE breach_ap_notification ADD COLUMN final INTEGER NOT NULL DEFAULT 0
            CHECK (final IN (0, 1));
    )sql");
}

} // namespace pr::storage
