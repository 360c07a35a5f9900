#include "storage/schema/Migration10.h"

#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage {

void applyMigration10(SqliteDatabase& db)
{
    // Every new column is empty for what is already stored: a letter states these facts only
    // once the user has recorded them. The refusal ground is a code (RefusalGround); a refusal
    // recorded before this version has none, and its letter cites only the reasoning.
    db.exec(uR"sql(
        ALTER TABLE data_subject_request ADD COLUMN identity_doubt TEXT NOT NULL DEFAULT '';
        ALTER TABLE data_subject_request ADD COLUMN identity_proof_asked TEXT NOT NULL DEFAULT '';
        ALTER TABLE data_subject_request ADD COLUMN refusal_ground TEXT
            CHECK (refusal_ground IS NULL OR refusal_ground IN (
                'manifestly-unfounded', 'identity-not-established', 'conditions-not-met',
                'rights-of-others', 'freedom-of-expression', 'legal-obligation',
                'public-health', 'archiving-research', 'legal-claims', 'compelling-grounds',
                'statutory-restriction'));
        ALTER TABLE data_subject_request ADD COLUMN copy_provided TEXT NOT NULL DEFAULT '';
        ALTER TABLE data_subject_request ADD COLUMN recipients_informed TEXT NOT NULL DEFAULT '';
        ALTER TABLE data_subject_request ADD COLUMN notes TEXT NOT NULL DEFAULT '';
        ALTER TABLE organisation ADD COLUMN backup_overwrite_days INTEGER NOT NULL DEFAULT 0
            CHECK (backup_overwrite_days >= 0);
    )sql");
}

} // namespace pr::storage
