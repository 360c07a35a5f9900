#pragma once

#include "core/domain/ProcessingActivity.h"

namespace pr::storage {
class SqliteDatabase;
}

// The client scopes of a processing activity (core::ClientScope), each on the link between
// the activity and one of its clients, with its lists in child tables (Migration7.cpp).
// Internal to ActivityRepository, through ActivityDetails.

namespace pr::storage::detail {

// Replaces the scopes of ACTIVITY (stored under activity.id) by the ones it holds. Its clients
// must be written first: a scope belongs to the link with its client.
void writeClientScopes(SqliteDatabase& db, const core::ProcessingActivity& activity);
// Fills activity.clientScopes, in the order of the activity's clients.
void readClientScopes(const SqliteDatabase& db, core::ProcessingActivity& activity);

} // namespace pr::storage::detail
