#include "core/json/DomainJson.h"
#include "core/json/JsonWriter.h"
#include "core/json/ObjectReader.h"

using namespace Qt::StringLiterals;

namespace pr::core::json {

namespace {

// A redacted change keeps its field and digest; "redacted" is written only when true, so that
// a format 1 change (values only) reads as it always did.
QJsonObject fieldChangeToJson(const FieldChange& value)
{
    QJsonObject object;
    putText(object, u"field"_s, value.field);
    putText(object, u"from"_s, value.from);
    putText(object, u"to"_s, value.to);
    putHex(object, u"salt"_s, value.salt);
    putHex(object, u"digest"_s, value.digest);
    if (value.redacted) {
        object.insert(u"redacted"_s, true);
    }
    return object;
}

bool fieldChangeFromJson(const QJsonValue& json, const QString& path, FieldChange& out,
                         QList<JsonIssue>& issues)
{
    out = FieldChange{};
    ObjectReader reader(json, path, issues);
    reader.readText(u"field"_s, out.field);
    reader.readText(u"from"_s, out.from);
    reader.readText(u"to"_s, out.to);
    reader.readHex(u"salt"_s, out.salt);
    reader.readHex(u"digest"_s, out.digest);
    reader.readBool(u"redacted"_s, out.redacted, Presence::Optional);
    return reader.finish();
}

} // namespace

QJsonObject toJson(const AuditEntry& value)
{
    QJsonObject object;
    object.insert(u"id"_s, value.id);
    putDateTime(object, u"at"_s, value.at);
    putEnum(object, u"entity"_s, value.entity);
    object.insert(u"entityId"_s, value.entityId);
    putEnum(object, u"action"_s, value.action);
    putObjectList(object, u"changes"_s, value.changes, fieldChangeToJson);
    putText(object, u"osUser"_s, value.osUser);
    putHex(object, u"previousHash"_s, value.previousHash);
    putHex(object, u"hash"_s, value.hash);
    return object;
}

bool fromJson(const QJsonValue& json, const QString& path, AuditEntry& out,
              QList<JsonIssue>& issues)
{
    out = AuditEntry{};
    ObjectReader reader(json, path, issues);
    reader.readInt64(u"id"_s, out.id, Presence::Required);
    reader.readDateTime(u"at"_s, out.at);
    reader.readEnum(u"entity"_s, out.entity, Presence::Required);
    reader.readInt64(u"entityId"_s, out.entityId, Presence::Required);
    reader.readEnum(u"action"_s, out.action, Presence::Required);
    reader.readObjectList(u"changes"_s, out.changes, fieldChangeFromJson);
    reader.readText(u"osUser"_s, out.osUser);
    reader.readHex(u"previousHash"_s, out.previousHash);
    reader.readHex(u"hash"_s, out.hash);
    return reader.finish();
}

} // namespace pr::core::json
