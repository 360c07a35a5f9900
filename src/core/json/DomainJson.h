#pragma once

#include "core/domain/Agreement.h"
#include "core/domain/AuditEntry.h"
#include "core/domain/Breach.h"
#include "core/domain/Client.h"
#include "core/domain/DataSubjectRequest.h"
#include "core/domain/Organisation.h"
#include "core/domain/ProcessingActivity.h"
#include "core/domain/SecurityMeasure.h"
#include "core/domain/SubProcessor.h"
#include "core/domain/SubProcessorNotice.h"
#include "core/json/JsonIssue.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// The JSON form of every record of the register (docs/json-format.md), used by the register
// export and import and by the audit trail.
//
// toJson() writes the canonical form: field names are the C++ member names; enums are their
// stable codes (enumCode); dates "YYYY-MM-DD"; date-times ISO 8601 with their offset ("Z" for
// UTC); binary data base64, hashes lower-case hex; ids always; fields that hold nothing (empty
// text, list or binary, a null date, an empty optional, a client id of 0 where 0 means "none",
// a nested block that is entirely at its defaults) are left out, so that two exports of the
// same register are byte for byte the same and a diff shows only real changes.
//
// fromJson() reads JSON at PATH into OUT (first reset to a new record), reports every problem
// with its path into ISSUES (wrong type, unknown enum code, bad date, missing required field,
// and unknown fields, which are never silently dropped) and returns whether it found none.
// It checks the form only: the domain rules are validate()'s (core/domain/validation), and
// ids and references are checked by parseRegisterDocument().

namespace pr::core::json {

QJsonObject toJson(const Organisation& value);
QJsonObject toJson(const ProcessingActivity& value);
QJsonObject toJson(const SecurityMeasure& value);
QJsonObject toJson(const SubProcessor& value);
QJsonObject toJson(const SubProcessorNotice& value);
QJsonObject toJson(const Client& value);
QJsonObject toJson(const Agreement& value);
QJsonObject toJson(const DataSubjectRequest& value);
QJsonObject toJson(const Breach& value);
QJsonObject toJson(const AuditEntry& value);

bool fromJson(const QJsonValue& json, const QString& path, Organisation& out,
              QList<JsonIssue>& issues);
bool fromJson(const QJsonValue& json, const QString& path, ProcessingActivity& out,
              QList<JsonIssue>& issues);
bool fromJson(const QJsonValue& json, const QString& path, SecurityMeasure& out,
              QList<JsonIssue>& issues);
bool fromJson(const QJsonValue& json, const QString& path, SubProcessor& out,
              QList<JsonIssue>& issues);
bool fromJson(const QJsonValue& json, const QString& path, SubProcessorNotice& out,
              QList<JsonIssue>& issues);
bool fromJson(const QJsonValue& json, const QString& path, Client& out, QList<JsonIssue>& issues);
bool fromJson(const QJsonValue& json, const QString& path, Agreement& out,
              QList<JsonIssue>& issues);
bool fromJson(const QJsonValue& json, const QString& path, DataSubjectRequest& out,
              QList<JsonIssue>& issues);
bool fromJson(const QJsonValue& json, const QString& path, Breach& out, QList<JsonIssue>& issues);
bool fromJson(const QJsonValue& json, const QString& path, AuditEntry& out,
              QList<JsonIssue>& issues);

} // namespace pr::core::json
