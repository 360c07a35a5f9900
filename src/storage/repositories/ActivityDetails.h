#pragma once

#include "core/domain/ProcessingActivity.h"

namespace pr::storage {
class SqliteDatabase;
}

// The lists of a processing activity, each in its child table (Migration2.cpp): purposes,
// data categories, special categories with their art. 9(2) exceptions, staff roles with their
// operations, data-subject categories, recipients, transfers, clients and what differs per
// client (ActivityClientScopes). Internal to
// ActivityRepository.

namespace pr::storage::detail {

// Replaces every list of ACTIVITY (stored under activity.id) by the ones it holds.
void writeActivityDetails(SqliteDatabase& db, const core::ProcessingActivity& activity);
// Fills the lists of ACTIVITY from the rows stored under activity.id.
void readActivityDetails(const SqliteDatabase& db, core::ProcessingActivity& activity);

} // namespace pr::storage::detail
