#pragma once

namespace pr::storage {

class SqliteDatabase;

// Schema version 12: the terms a controller's lawyer asks of a DPA and the facts they rest on.
// The agreement names its main agreement and caps liability per event and per year in amounts
// (the former amount becomes the cap per event; a cap in words is kept, no longer printed);
// it may name the cover of the insurance the processor must hold. A planned security measure
// keeps the date it will be in force; a sub-processor outside the EEA its transfer impact
// assessment. Released migrations are never edited.
void applyMigration12(SqliteDatabase& db);

} // namespace pr::storage
