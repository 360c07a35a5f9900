#pragma once

#include "core/domain/PrivacyStatementFacts.h"
#include "core/domain/ProcessingActivity.h"
#include "core/json/JsonIssue.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// The JSON of what the privacy statement adds to the register (format version 4): an
// activity's audiences, further legal bases and national-law grounds, and the organisation's
// statement facts. Same rules as DomainJson.h.

namespace pr::core::json {

class ObjectReader;

// "audiences", "furtherLegalBases" and "nationalGrounds" when they hold something; a field
// that is not there reads as empty.
void putStatementParts(QJsonObject& object, const ProcessingActivity& value);
void readStatementParts(ObjectReader& reader, ProcessingActivity& out);
// A document of version 1 to 3 had one privacy statement, which named every controller
// activity: read as such, those are in the customers' statement.
void applyOneStatement(QList<ProcessingActivity>& activities);

QJsonObject statementFactsToJson(const PrivacyStatementFacts& value);
bool statementFactsFromJson(const QJsonValue& json, const QString& path, PrivacyStatementFacts& out,
                            QList<JsonIssue>& issues);

} // namespace pr::core::json
