#pragma once

#include "core/domain/PrivacyStatementFacts.h"
#include "core/domain/ProcessingActivity.h"

namespace pr::core::validation {

class IssueList;

// The checks of what the privacy statement prints beside the register's core: an activity's
// statements (audiences), its further legal bases and national-law grounds, and the facts of
// the organisation's statement (cookies, automated decisions). Called from validate() of
// ProcessingActivity and Organisation.
void checkStatementParts(const ProcessingActivity& value, IssueList& issues);
void checkStatementFacts(const PrivacyStatementFacts& value, const QString& field,
                         IssueList& issues);

} // namespace pr::core::validation
