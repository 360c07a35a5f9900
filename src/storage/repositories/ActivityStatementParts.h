#pragma once

#include "core/domain/ProcessingActivity.h"

namespace pr::storage {
class SqliteDatabase;
}

// What a processing activity holds for the privacy statements (Migration11.cpp): the
// statements that name it, its further legal bases and the national-law grounds of its special
// categories. Internal to ActivityRepository; written after the special categories, whose rows
// carry the grounds.

namespace pr::storage::detail {

void writeActivityStatementParts(SqliteDatabase& db, const core::ProcessingActivity& activity);
void readActivityStatementParts(const SqliteDatabase& db, core::ProcessingActivity& activity);

} // namespace pr::storage::detail
