#pragma once

#include "core/domain/RetentionPeriod.h"
#include "core/domain/StaffRole.h"
#include "core/domain/ThirdCountryTransfer.h"
#include "core/json/JsonIssue.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// The JSON of the value types that only occur inside a processing activity, kept apart from
// ProcessingActivityJson.cpp so that each file maps one thing. Same rules as DomainJson.h.

namespace pr::core::json {

QJsonObject staffRoleToJson(const StaffRole& value);
bool staffRoleFromJson(const QJsonValue& json, const QString& path, StaffRole& out,
                       QList<JsonIssue>& issues);

QJsonObject transferToJson(const ThirdCountryTransfer& value);
bool transferFromJson(const QJsonValue& json, const QString& path, ThirdCountryTransfer& out,
                      QList<JsonIssue>& issues);

// "kind" always; "amount", "unit" and "trigger" for a fixed period (and otherwise only when
// they hold something else than a new period's 0, months, collection, so nothing is lost).
QJsonObject retentionToJson(const RetentionPeriod& value);
bool retentionFromJson(const QJsonValue& json, const QString& path, RetentionPeriod& out,
                       QList<JsonIssue>& issues);

} // namespace pr::core::json
