#include "core/json/DomainJson.h"
#include "core/json/JsonWriter.h"
#include "core/json/ObjectReader.h"

using namespace Qt::StringLiterals;

namespace pr::core::json {

QJsonObject toJson(const SubProcessorNotice& value)
{
    QJsonObject object;
    object.insert(u"id"_s, value.id);
    object.insert(u"subProcessorId"_s, value.subProcessorId);
    object.insert(u"clientId"_s, value.clientId);
    object.insert(u"agreementId"_s, value.agreementId);
    putEnum(object, u"change"_s, value.change);
    putText(object, u"replacedName"_s, value.replacedName);
    putDate(object, u"sentDate"_s, value.sentDate);
    object.insert(u"objectionDays"_s, value.objectionDays);
    putDate(object, u"objectionDate"_s, value.objectionDate);
    putText(object, u"objectionText"_s, value.objectionText);
    putEnum(object, u"outcome"_s, value.outcome);
    return object;
}

bool fromJson(const QJsonValue& json, const QString& path, SubProcessorNotice& out,
              QList<JsonIssue>& issues)
{
    out = SubProcessorNotice{};
    ObjectReader reader(json, path, issues);
    reader.readInt64(u"id"_s, out.id, Presence::Required);
    reader.readInt64(u"subProcessorId"_s, out.subProcessorId, Presence::Required);
    reader.readInt64(u"clientId"_s, out.clientId, Presence::Required);
    reader.readInt64(u"agreementId"_s, out.agreementId, Presence::Required);
    reader.readEnum(u"change"_s, out.change, Presence::Required);
    reader.readText(u"replacedName"_s, out.replacedName);
    reader.readDate(u"sentDate"_s, out.sentDate);
    reader.readInt(u"objectionDays"_s, out.objectionDays, Presence::Required);
    reader.readDate(u"objectionDate"_s, out.objectionDate);
    reader.readText(u"objectionText"_s, out.objectionText);
    reader.readEnum(u"outcome"_s, out.outcome, Presence::Required);
    return reader.finish();
}

} // namespace pr::core::json
