#include "core/json/PrivacyContactJson.h"

#include "core/json/JsonWriter.h"
#include "core/json/ObjectReader.h"

using namespace Qt::StringLiterals;

namespace pr::core::json {

QJsonObject privacyContactToJson(const PrivacyContact& value)
{
    QJsonObject object;
    putText(object, u"name"_s, value.name);
    putText(object, u"email"_s, value.email);
    putText(object, u"phone"_s, value.phone);
    object.insert(u"isDpo"_s, value.isDpo);
    return object;
}

bool privacyContactFromJson(const QJsonValue& json, const QString& path, PrivacyContact& out,
                            QList<JsonIssue>& issues)
{
    out = PrivacyContact{};
    ObjectReader reader(json, path, issues);
    reader.readText(u"name"_s, out.name);
    reader.readText(u"email"_s, out.email);
    reader.readText(u"phone"_s, out.phone);
    reader.readBool(u"isDpo"_s, out.isDpo, Presence::Required);
    return reader.finish();
}

} // namespace pr::core::json
