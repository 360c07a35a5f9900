#include "core/json/DomainJson.h"
#include "core/json/JsonWriter.h"
#include "core/json/ObjectReader.h"
#include "core/json/PrivacyContactJson.h"

using namespace Qt::StringLiterals;

namespace pr::core::json {

QJsonObject toJson(const Client& value)
{
    QJsonObject object;
    object.insert(u"id"_s, value.id);
    putText(object, u"legalName"_s, value.legalName);
    putText(object, u"address"_s, value.address);
    putText(object, u"postcode"_s, value.postcode);
    putText(object, u"city"_s, value.city);
    putText(object, u"kvkNumber"_s, value.kvkNumber);
    putText(object, u"representativeName"_s, value.representativeName);
    putText(object, u"representativeFunction"_s, value.representativeFunction);
    putText(object, u"contactName"_s, value.contactName);
    putText(object, u"contactEmail"_s, value.contactEmail);
    putText(object, u"contactPhone"_s, value.contactPhone);
    putBlock(object, u"privacyContact"_s, value.privacyContact, privacyContactToJson);
    return object;
}

bool fromJson(const QJsonValue& json, const QString& path, Client& out, QList<JsonIssue>& issues)
{
    out = Client{};
    ObjectReader reader(json, path, issues);
    reader.readInt64(u"id"_s, out.id, Presence::Required);
    reader.readText(u"legalName"_s, out.legalName);
    reader.readText(u"address"_s, out.address);
    reader.readText(u"postcode"_s, out.postcode);
    reader.readText(u"city"_s, out.city);
    reader.readText(u"kvkNumber"_s, out.kvkNumber);
    reader.readText(u"representativeName"_s, out.representativeName);
    reader.readText(u"representativeFunction"_s, out.representativeFunction);
    reader.readText(u"contactName"_s, out.contactName);
    reader.readText(u"contactEmail"_s, out.contactEmail);
    reader.readText(u"contactPhone"_s, out.contactPhone);
    reader.readBlock(u"privacyContact"_s, out.privacyContact, privacyContactFromJson);
    return reader.finish();
}

} // namespace pr::core::json
