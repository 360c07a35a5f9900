#include "storage/schema/Migration4.h"

#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage {

void applyMigration4(SqliteDatabase& db)
{
    db.exec(uR"sql(
        ALTER TABLE agreement ADD COLUMN sent_date TEXT
            CHECK (sent_date IS NULL OR date(sent_date, '+0 days') IS sent_date);
        ALTER TABLE agreement ADD COLUMN signed_on_paper INTEGER NOT NULL DEFAULT 0
            CHECK (signed_on_paper IN (0, 1));

        -- A countersigned agreement keeps the proof of the client's signature: the PDF they
        -- signed, or the note that they signed on paper. One recorded as countersigned
        -- without a PDF was signed in some other way; paper is what it most likely was, and
        -- it keeps the agreement valid for validation and export.
        UPDATE agreement SET signed_on_paper = 1
        WHERE signing_state = 'countersigned' AND signed_pdf IS NULL;

        -- ADD COLUMN appends after signed_pdf. Move the PDF back to the end of the row, so
        -- that reading the other columns never walks through it (as migration 2 intended).
        ALTER TABLE agreement ADD COLUMN signed_pdf_last BLOB;
        UPDATE agreement SET signed_pdf_last = signed_pdf;
        ALTER TABLE agreement DROP COLUMN signed_pdf;
        ALTER TABLE agreement RENAME COLUMN signed_pdf_last TO signed_pdf;
    )sql");
}

} // namespace pr::storage
