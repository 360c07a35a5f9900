#pragma once

#include "core/domain/PrivacyStatementFacts.h"

namespace pr::storage {
class SqliteDatabase;
}

// The organisation's privacy-statement facts: the one row of privacy_statement and the list
// of cookies (Migration11.cpp). Internal to OrganisationRepository.

namespace pr::storage::detail {

void writeStatementFacts(SqliteDatabase& db, const core::PrivacyStatementFacts& facts);
core::PrivacyStatementFacts readStatementFacts(const SqliteDatabase& db);

} // namespace pr::storage::detail
