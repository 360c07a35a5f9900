#pragma once

#include "core/dashboard/DashboardInput.h"

namespace pr::storage {
class SqliteDatabase;
}

namespace pr::gui {

// The records the overview's warnings are computed from, read through the repositories.
core::DashboardInput readDashboardInput(const storage::SqliteDatabase& db);

} // namespace pr::gui
