#include "core/json/DomainJson.h"
#include "core/json/JsonWriter.h"
#include "core/json/ObjectReader.h"
#include "core/json/PrivacyContactJson.h"
#include "core/json/StatementJson.h"

using namespace Qt::StringLiterals;

namespace pr::core::json {

namespace {

QJsonObject englishTextToJson(const EnglishText& value)
{
    return {{u"dutch"_s, value.dutch}, {u"english"_s, value.english}};
}

bool englishTextFromJson(const QJsonValue& json, const QString& path, EnglishText& out,
                         QList<JsonIssue>& issues)
{
    out = EnglishText{};
    ObjectReader reader(json, path, issues);
    reader.readText(u"dutch"_s, out.dutch, Presence::Required);
    reader.readText(u"english"_s, out.english, Presence::Required);
    return reader.finish();
}

} // namespace

QJsonObject toJson(const Organisation& value)
{
    QJsonObject object;
    object.insert(u"id"_s, value.id);
    putText(object, u"legalName"_s, value.legalName);
    putText(object, u"tradeName"_s, value.tradeName);
    putText(object, u"address"_s, value.address);
    putText(object, u"postcode"_s, value.postcode);
    putText(object, u"city"_s, value.city);
    putText(object, u"kvkNumber"_s, value.kvkNumber);
    putText(object, u"vatNumber"_s, value.vatNumber);
    putText(object, u"phone"_s, value.phone);
    putText(object, u"email"_s, value.email);
    putText(object, u"website"_s, value.website);
    putText(object, u"representativeName"_s, value.representativeName);
    putText(object, u"representativeFunction"_s, value.representativeFunction);
    putBlock(object, u"privacyContact"_s, value.privacyContact, privacyContactToJson);
    putBase64(object, u"logoPng"_s, value.logoPng);
    putBase64(object, u"signaturePng"_s, value.signaturePng);
    if (value.backupOverwriteDays > 0) {
        object.insert(u"backupOverwriteDays"_s, value.backupOverwriteDays);
    }
    putBlock(object, u"statement"_s, value.statement, statementFactsToJson);
    putObjectList(object, u"englishTexts"_s, value.englishTexts, englishTextToJson);
    return object;
}

bool fromJson(const QJsonValue& json, const QString& path, Organisation& out,
              QList<JsonIssue>& issues)
{
    out = Organisation{};
    ObjectReader reader(json, path, issues);
    reader.readInt64(u"id"_s, out.id, Presence::Required);
    reader.readText(u"legalName"_s, out.legalName);
    reader.readText(u"tradeName"_s, out.tradeName);
    reader.readText(u"address"_s, out.address);
    reader.readText(u"postcode"_s, out.postcode);
    reader.readText(u"city"_s, out.city);
    reader.readText(u"kvkNumber"_s, out.kvkNumber);
    reader.readText(u"vatNumber"_s, out.vatNumber);
    reader.readText(u"phone"_s, out.phone);
    reader.readText(u"email"_s, out.email);
    reader.readText(u"website"_s, out.website);
    reader.readText(u"representativeName"_s, out.representativeName);
    reader.readText(u"representativeFunction"_s, out.representativeFunction);
    reader.readBlock(u"privacyContact"_s, out.privacyContact, privacyContactFromJson);
    reader.readBase64(u"logoPng"_s, out.logoPng);
    reader.readBase64(u"signaturePng"_s, out.signaturePng);
    reader.readInt(u"backupOverwriteDays"_s, out.backupOverwriteDays, Presence::Optional);
    reader.readBlock(u"statement"_s, out.statement, statementFactsFromJson);
    reader.readObjectList(u"englishTexts"_s, out.englishTexts, englishTextFromJson);
    return reader.finish();
}

} // namespace pr::core::json
