#pragma once

#include "core/json/JsonIssue.h"
#include "core/json/RegisterDocument.h"

#include <QList>

namespace pr::core::json {

// Runs the domain validation (core/domain/validation) of every record of DOCUMENT and adds its
// issues with the record's JSON path in front of the field: "$.activities[2].legitimateInterest".
// An issue about a field that reading already reported (ALREADYREPORTED: a wrong type, an
// unknown code, a record that was no object) is left out: it would only say the same thing
// again about the default that took the bad value's place.
void validateRecords(const RegisterDocument& document, const QList<JsonIssue>& alreadyReported,
                     QList<JsonIssue>& issues);

} // namespace pr::core::json
