#pragma once

namespace pr::storage {

class SqliteDatabase;

// Schema version 9: the client's FG/DPO or privacy contact (art. 30(2)(a)), the notices that
// told clients of a new or replacing sub-processor with their objection periods and objections
// (art. 28(2)), and an audit trail whose record kinds the program checks instead of a fixed
// list in the table, so that a new kind of record needs no rebuild of the trail. Released
// migrations are never edited.
void applyMigration9(SqliteDatabase& db);

} // namespace pr::storage
