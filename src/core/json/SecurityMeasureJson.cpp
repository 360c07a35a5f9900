#include "core/json/DomainJson.h"
#include "core/json/JsonWriter.h"
#include "core/json/ObjectReader.h"

using namespace Qt::StringLiterals;

namespace pr::core::json {

QJsonObject toJson(const SecurityMeasure& value)
{
    QJsonObject object;
    object.insert(u"id"_s, value.id);
    putEnum(object, u"category"_s, value.category);
    putText(object, u"title"_s, value.title);
    putText(object, u"description"_s, value.description);
    putEnum(object, u"status"_s, value.status);
    putDate(object, u"plannedDate"_s, value.plannedDate);
    putText(object, u"owner"_s, value.owner);
    putDate(object, u"lastReviewDate"_s, value.lastReviewDate);
    putText(object, u"catalogueId"_s, value.catalogueId);
    return object;
}

bool fromJson(const QJsonValue& json, const QString& path, SecurityMeasure& out,
              QList<JsonIssue>& issues)
{
    out = SecurityMeasure{};
    ObjectReader reader(json, path, issues);
    reader.readInt64(u"id"_s, out.id, Presence::Required);
    reader.readEnum(u"category"_s, out.category, Presence::Required);
    reader.readText(u"title"_s, out.title);
    reader.readText(u"description"_s, out.description);
    reader.readEnum(u"status"_s, out.status, Presence::Required);
    reader.readDate(u"plannedDate"_s, out.plannedDate);
    reader.readText(u"owner"_s, out.owner);
    reader.readDate(u"lastReviewDate"_s, out.lastReviewDate);
    reader.readText(u"catalogueId"_s, out.catalogueId);
    return reader.finish();
}

} // namespace pr::core::json
