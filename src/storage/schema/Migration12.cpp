#include "storage/schema/Migration12.h"

#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage {

void applyMigration12(SqliteDatabase& db)
{
    // RENAME keeps every amount where it was: until now the one amount was the cap per event
    // ("per gebeurtenis" was the usual text beside it). Existing rows get no cap per year and
    // no insurance duty, which is what their text did not state as an amount either.
    db.exec(uR"sql(
        ALTER TABLE agreement RENAME COLUMN liability_amount_cents TO liability_per_event_cents;
        ALTER TABLE agreement RENAME COLUMN liability_text TO liability_former_text;
        ALTER TABLE agreement ADD COLUMN liability_per_year_cents INTEGER
            CHECK (liability_per_year_cents > 0);
        ALTER TABLE agreement ADD COLUMN insurance_cover_cents INTEGER
            CHECK (insurance_cover_cents > 0);
        ALTER TABLE agreement ADD COLUMN main_agreement_name TEXT NOT NULL DEFAULT '';
        ALTER TABLE agreement ADD COLUMN main_agreement_date TEXT
            CHECK (main_agreement_date IS NULL
                   OR date(main_agreement_date, '+0 days') IS main_agreement_date);

        ALTER TABLE security_measure ADD COLUMN planned_date TEXT
            CHECK (planned_date IS NULL OR date(planned_date, '+0 days') IS planned_date);

        ALTER TABLE sub_processor ADD COLUMN transfer_assessment_date TEXT
            CHECK (transfer_assessment_date IS NULL
                   OR date(transfer_assessment_date, '+0 days') IS transfer_assessment_date);
        ALTER TABLE sub_processor ADD COLUMN transfer_assessment_summary TEXT NOT NULL
            DEFAULT '';

        -- ADD COLUMN appends after the PDFs. Move them back to the end of the row, so that
        -- reading the other columns never walks through them (as migrations 4 and 6 keep it).
        ALTER TABLE agreement ADD COLUMN signed_pdf_last BLOB;
        ALTER TABLE agreement ADD COLUMN firm_signed_pdf_last BLOB;
        UPDATE agreement SET signed_pdf_last = signed_pdf, firm_signed_pdf_last = firm_signed_pdf;
        ALTER TABLE agreement DROP COLUMN signed_pdf;
        ALTER TABLE agreement DROP COLUMN firm_signed_pdf;
        ALTER TABLE agreement RENAME COLUMN signed_pdf_last TO signed_pdf;
        ALTER TABLE agreement RENAME COLUMN firm_signed_pdf_last TO firm_signed_pdf;
    )sql");
}

} // namespace pr::storage
