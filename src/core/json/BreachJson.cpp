#include "core/json/DomainJson.h"
#include "core/json/JsonWriter.h"
#include "core/json/ObjectReader.h"

using namespace Qt::StringLiterals;

namespace pr::core::json {

namespace {

QJsonObject apNotificationToJson(const ApNotification& value)
{
    QJsonObject object;
    putEnum(object, u"phase"_s, value.phase);
    putDateTime(object, u"at"_s, value.at);
    putText(object, u"summary"_s, value.summary);
    return object;
}

bool apNotificationFromJson(const QJsonValue& json, const QString& path, ApNotification& out,
                            QList<JsonIssue>& issues)
{
    out = ApNotification{};
    ObjectReader reader(json, path, issues);
    reader.readEnum(u"phase"_s, out.phase, Presence::Required);
    reader.readDateTime(u"at"_s, out.at);
    reader.readText(u"summary"_s, out.summary);
    return reader.finish();
}

} // namespace

QJsonObject toJson(const Breach& value)
{
    QJsonObject object;
    object.insert(u"id"_s, value.id);
    putText(object, u"reference"_s, value.reference);
    putDateTime(object, u"discoveredAt"_s, value.discoveredAt);
    putText(object, u"description"_s, value.description);
    putTextList(object, u"dataCategories"_s, value.dataCategories);
    putTextList(object, u"dataSubjectCategories"_s, value.dataSubjectCategories);
    putOptionalValue(object, u"approxSubjectCount"_s, value.approxSubjectCount);
    putOptionalValue(object, u"approxRecordCount"_s, value.approxRecordCount);
    putText(object, u"likelyConsequences"_s, value.likelyConsequences);
    putText(object, u"measuresTaken"_s, value.measuresTaken);
    putOptionalValue(object, u"apNotified"_s, value.apNotified);
    putText(object, u"apNotNotifiedReason"_s, value.apNotNotifiedReason);
    putText(object, u"apReference"_s, value.apReference);
    putObjectList(object, u"apNotifications"_s, value.apNotifications, apNotificationToJson);
    putOptionalValue(object, u"subjectsInformed"_s, value.subjectsInformed);
    putDate(object, u"subjectsInformedDate"_s, value.subjectsInformedDate);
    putText(object, u"subjectsNotInformedReason"_s, value.subjectsNotInformedReason);
    putOptionalId(object, u"clientId"_s, value.clientId);
    putDateTime(object, u"clientNotifiedAt"_s, value.clientNotifiedAt);
    return object;
}

bool fromJson(const QJsonValue& json, const QString& path, Breach& out, QList<JsonIssue>& issues)
{
    out = Breach{};
    ObjectReader reader(json, path, issues);
    reader.readInt64(u"id"_s, out.id, Presence::Required);
    reader.readText(u"reference"_s, out.reference);
    reader.readDateTime(u"discoveredAt"_s, out.discoveredAt);
    reader.readText(u"description"_s, out.description);
    reader.readTextList(u"dataCategories"_s, out.dataCategories);
    reader.readTextList(u"dataSubjectCategories"_s, out.dataSubjectCategories);
    reader.readOptionalInt64(u"approxSubjectCount"_s, out.approxSubjectCount);
    reader.readOptionalInt64(u"approxRecordCount"_s, out.approxRecordCount);
    reader.readText(u"likelyConsequences"_s, out.likelyConsequences);
    reader.readText(u"measuresTaken"_s, out.measuresTaken);
    reader.readOptionalBool(u"apNotified"_s, out.apNotified);
    reader.readText(u"apNotNotifiedReason"_s, out.apNotNotifiedReason);
    reader.readText(u"apReference"_s, out.apReference);
    reader.readObjectList(u"apNotifications"_s, out.apNotifications, apNotificationFromJson);
    reader.readOptionalBool(u"subjectsInformed"_s, out.subjectsInformed);
    reader.readDate(u"subjectsInformedDate"_s, out.subjectsInformedDate);
    reader.readText(u"subjectsNotInformedReason"_s, out.subjectsNotInformedReason);
    reader.readInt64(u"clientId"_s, out.clientId, Presence::Optional);
    reader.readDateTime(u"clientNotifiedAt"_s, out.clientNotifiedAt);
    return reader.finish();
}

} // namespace pr::core::json
