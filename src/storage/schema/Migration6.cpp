#include "storage/schema/Migration6.h"

#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage {

void applyMigration6(SqliteDatabase& db)
{
    // ADD COLUMN appends after signed_pdf, so both PDFs stay at the end of the row and reading
    // the other columns never walks through them (migration 4). Existing agreements get NULL:
    // none was signed digitally in a way the register kept. No CHECK, as for signed_pdf: that
    // it is a PDF within the size limit and belongs to a signed agreement are validation rules
    // (AgreementValidation), with messages that say what to do; STRICT keeps it a BLOB.
    db.exec(uR"sql(
        ALTER TABLE agreement ADD COLUMN firm_signed_pdf BLOB;
    )sql");
}

} // namespace pr::storage
