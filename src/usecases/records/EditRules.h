#pragma once

#include "core/domain/DataSubjectRequest.h"
#include "core/domain/validation/ValidationIssue.h"
#include "core/workflow/RequestFacts.h"

#include <QDate>
#include <QList>

namespace pr::usecases {

// The rules beyond a record's own validation that an edit of a record of type RECORD must
// keep: by default none. BEFORE is the stored version, nullptr for a new record.
template <typename Record>
struct EditRules {
    static QList<core::ValidationIssue> check(const Record* /*before*/, const Record& /*after*/,
                                              QDate /*today*/)
    {
        return {};
    }
};

// A request's handling changes only through its steps (core::RequestFacts).
template <>
struct EditRules<core::DataSubjectRequest> {
    static QList<core::ValidationIssue> check(const core::DataSubjectRequest* before,
                                              const core::DataSubjectRequest& after, QDate today)
    {
        return core::RequestFacts::check(before, after, today);
    }
};

} // namespace pr::usecases
