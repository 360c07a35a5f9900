#include "core/json/DomainJson.h"
#include "core/json/JsonWriter.h"
#include "core/json/ObjectReader.h"

using namespace Qt::StringLiterals;

namespace pr::core::json {

QJsonObject toJson(const SubProcessor& value)
{
    QJsonObject object;
    object.insert(u"id"_s, value.id);
    putText(object, u"name"_s, value.name);
    putText(object, u"service"_s, value.service);
    putText(object, u"country"_s, value.country);
    putText(object, u"dataLocation"_s, value.dataLocation);
    object.insert(u"insideEea"_s, value.insideEea);
    putOptionalEnum(object, u"safeguard"_s, value.safeguard);
    putDate(object, u"dpaDate"_s, value.dpaDate);
    putDate(object, u"transferAssessmentDate"_s, value.transferAssessmentDate);
    putText(object, u"transferAssessmentSummary"_s, value.transferAssessmentSummary);
    putIdList(object, u"activityIds"_s, value.activityIds);
    return object;
}

bool fromJson(const QJsonValue& json, const QString& path, SubProcessor& out,
              QList<JsonIssue>& issues)
{
    out = SubProcessor{};
    ObjectReader reader(json, path, issues);
    reader.readInt64(u"id"_s, out.id, Presence::Required);
    reader.readText(u"name"_s, out.name);
    reader.readText(u"service"_s, out.service);
    reader.readText(u"country"_s, out.country);
    reader.readText(u"dataLocation"_s, out.dataLocation);
    reader.readBool(u"insideEea"_s, out.insideEea, Presence::Required);
    reader.readOptionalEnum(u"safeguard"_s, out.safeguard);
    reader.readDate(u"dpaDate"_s, out.dpaDate);
    reader.readDate(u"transferAssessmentDate"_s, out.transferAssessmentDate);
    reader.readText(u"transferAssessmentSummary"_s, out.transferAssessmentSummary);
    reader.readIdList(u"activityIds"_s, out.activityIds);
    return reader.finish();
}

} // namespace pr::core::json
