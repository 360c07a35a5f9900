#pragma once

#include "core/domain/PrivacyContact.h"
#include "core/json/JsonIssue.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// The privacy contact block, the same for the firm (Organisation) and its clients (Client).

namespace pr::core::json {

QJsonObject privacyContactToJson(const PrivacyContact& value);
bool privacyContactFromJson(const QJsonValue& json, const QString& path, PrivacyContact& out,
                            QList<JsonIssue>& issues);

} // namespace pr::core::json
