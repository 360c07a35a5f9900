#pragma once

#include "core/json/JsonIssue.h"
#include "core/json/RegisterDocument.h"

#include <QList>

namespace pr::core::json {

// The checks that need the whole document: every list's ids positive and unique, and every
// reference between records resolved (an activity's clients; an agreement's client and
// activities; a sub-processor's activities; the client of a request or a breach). Issues carry
// the JSON path of the offending id. References of 0 or below are left to validate(), which
// reports them as "not a stored record"; the audit trail may name records deleted since, so
// its entity ids are not checked.
void checkIdsAndReferences(const RegisterDocument& document, QList<JsonIssue>& issues);

} // namespace pr::core::json
