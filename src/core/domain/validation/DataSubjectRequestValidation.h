#pragma once

#include "core/domain/DataSubjectRequest.h"
#include "core/domain/validation/ValidationIssue.h"

#include <QList>

namespace pr::core {

// Every problem with VALUE at once; empty when it may be stored as it is.
//
// Rules: a name or a contact; the received date; no date before receipt; identity verified
// and ID copy destroyed not before proof of identity was asked for; a client informed only
// for a request about a client's data; an extension has its reason and was told within the
// first month (requestDeadlines().extensionNoticeBy); answered and refused requests have an
// answer date, open ones none; a refusal has its reason.
QList<ValidationIssue> validate(const DataSubjectRequest& value);

} // namespace pr::core
