#pragma once

// Made-up register content for the benchmark: tables shaped like the data subject requests
// and processing activities of a real register (about ten text columns of 10-80 characters,
// dates, a status, two indexes and a foreign key), filled from a fixed random seed so that
// every run measures the same bytes. The tables are the benchmark's own (bench_*), so the
// figures do not wait for the real schema, and do not change meaning when it grows.

#include "storage/sqlite/SqliteDatabase.h"

namespace pr::bench {

struct RegisterSize {
    int activities = 0;
    int requests = 0;
};

inline constexpr RegisterSize kTypicalRegister{50, 200};
inline constexpr RegisterSize kLargeRegister{5'000, 100'000};

// Creates the bench tables and fills them with SIZE rows, inside the caller's transaction.
void fillSyntheticRegister(storage::SqliteDatabase& db, RegisterSize size);

// The kind of change a user makes: one request's status and closing date.
void closeOneRequest(storage::SqliteDatabase& db, int requestId);

} // namespace pr::bench
