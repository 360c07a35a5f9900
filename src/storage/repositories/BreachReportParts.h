#pragma once

#include "core/domain/Breach.h"

namespace pr::storage {
class SqliteDatabase;
}

// What a breach holds for the report to the AP (Migration14.cpp): its timeline, kinds, special
// categories, protection, consequences, risk and the other facts the AP's form asks. Internal
// to BreachRepository; written after the breach's row, read after it.

namespace pr::storage::detail {

void writeBreachReportParts(SqliteDatabase& db, const core::Breach& breach);
void readBreachReportParts(const SqliteDatabase& db, core::Breach& breach);

} // namespace pr::storage::detail
