#pragma once

#include "core/domain/Agreement.h"
#include "core/domain/validation/ValidationIssue.h"

#include <QList>

namespace pr::storage {
class SqliteDatabase;
}

namespace pr::usecases {

// The rules an edit of a record of type RECORD must keep that need the rest of the register
// (DB, as it is before the edit): by default none. Apart from EditRules, which compare two
// versions of one record, so that a rule that reads other records says so in its signature.
template <typename Record>
struct RegisterRules {
    static QList<core::ValidationIssue> check(const storage::SqliteDatabase& /*db*/,
                                              const Record& /*after*/)
    {
        return {};
    }
};

// Bijlage 1 of a client's agreement holds only processor activities done for that client
// (core::validateActivities). A terminated agreement is history and keeps what it listed.
template <>
struct RegisterRules<core::Agreement> {
    static QList<core::ValidationIssue> check(const storage::SqliteDatabase& db,
                                              const core::Agreement& after);
};

} // namespace pr::usecases
