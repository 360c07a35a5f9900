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
    if (value.final) {
        object.insert(u"final"_s, true);
    }
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
    reader.readBool(u"final"_s, out.final, Presence::Optional);
    return reader.finish();
}

// The flags as a list of codes in table order, as an activity writes them.
void putSpecialCategories(QJsonObject& object, const QString& key, SpecialCategories flags)
{
    QJsonArray codes;
    for (const SpecialCategory category : enumValues<SpecialCategory>()) {
        if (flags.testFlag(category)) {
            codes.append(enumCode(category));
        }
    }
    if (!codes.isEmpty()) {
        object.insert(key, codes);
    }
}

template <CodedEnum E>
void putEnumList(QJsonObject& object, const QString& key, const QList<E>& values)
{
    QJsonArray codes;
    for (const E value : values) {
        codes.append(enumCode(value));
    }
    if (!codes.isEmpty()) {
        object.insert(key, codes);
    }
}

void putFlag(QJsonObject& object, const QString& key, bool value)
{
    if (value) {
        object.insert(key, true);
    }
}

} // namespace

QJsonObject toJson(const Breach& value)
{
    QJsonObject object;
    object.insert(u"id"_s, value.id);
    putText(object, u"reference"_s, value.reference);
    putDateTime(object, u"discoveredAt"_s, value.discoveredAt);
    putDateTime(object, u"startedAt"_s, value.startedAt);
    putDateTime(object, u"endedAt"_s, value.endedAt);
    putFlag(object, u"ongoing"_s, value.ongoing);
    putEnumList(object, u"natures"_s, value.natures);
    putText(object, u"description"_s, value.description);
    putText(object, u"cause"_s, value.cause);
    putText(object, u"internalReporter"_s, value.internalReporter);
    putTextList(object, u"dataCategories"_s, value.dataCategories);
    putSpecialCategories(object, u"specialCategories"_s, value.specialCategories);
    putTextList(object, u"dataSubjectCategories"_s, value.dataSubjectCategories);
    putOptionalValue(object, u"approxSubjectCount"_s, value.approxSubjectCount);
    putOptionalValue(object, u"maxSubjectCount"_s, value.maxSubjectCount);
    putOptionalValue(object, u"approxRecordCount"_s, value.approxRecordCount);
    putOptionalValue(object, u"maxRecordCount"_s, value.maxRecordCount);
    putOptionalValue(object, u"unintelligible"_s, value.unintelligible);
    putText(object, u"protection"_s, value.protection);
    putFlag(object, u"confidentialityLost"_s, value.confidentialityLost);
    putFlag(object, u"integrityLost"_s, value.integrityLost);
    putFlag(object, u"availabilityLost"_s, value.availabilityLost);
    putText(object, u"likelyConsequences"_s, value.likelyConsequences);
    putText(object, u"measuresTaken"_s, value.measuresTaken);
    putText(object, u"measuresPlanned"_s, value.measuresPlanned);
    putOptionalEnum(object, u"risk"_s, value.risk);
    putText(object, u"riskReasoning"_s, value.riskReasoning);
    putFlag(object, u"otherEuCountries"_s, value.otherEuCountries);
    putText(object, u"otherEuCountriesDetail"_s, value.otherEuCountriesDetail);
    putText(object, u"otherAuthorities"_s, value.otherAuthorities);
    putText(object, u"apContactPerson"_s, value.apContactPerson);
    putOptionalValue(object, u"apNotified"_s, value.apNotified);
    putText(object, u"apNotNotifiedReason"_s, value.apNotNotifiedReason);
    putText(object, u"apReference"_s, value.apReference);
    putObjectList(object, u"apNotifications"_s, value.apNotifications, apNotificationToJson);
    putOptionalValue(object, u"subjectsInformed"_s, value.subjectsInformed);
    putDate(object, u"subjectsInformedDate"_s, value.subjectsInformedDate);
    putText(object, u"subjectsInformedHow"_s, value.subjectsInformedHow);
    putText(object, u"subjectsNotInformedReason"_s, value.subjectsNotInformedReason);
    putOptionalEnum(object, u"subjectsNotInformedGround"_s, value.subjectsNotInformedGround);
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
    reader.readDateTime(u"startedAt"_s, out.startedAt);
    reader.readDateTime(u"endedAt"_s, out.endedAt);
    reader.readBool(u"ongoing"_s, out.ongoing, Presence::Optional);
    out.natures = reader.readEnumList<BreachNature>(u"natures"_s).value_or(QList<BreachNature>());
    reader.readText(u"description"_s, out.description);
    reader.readText(u"cause"_s, out.cause);
    reader.readText(u"internalReporter"_s, out.internalReporter);
    reader.readTextList(u"dataCategories"_s, out.dataCategories);
    if (const auto special = reader.readEnumList<SpecialCategory>(u"specialCategories"_s)) {
        for (const SpecialCategory category : *special) {
            out.specialCategories.setFlag(category);
        }
    }
    reader.readTextList(u"dataSubjectCategories"_s, out.dataSubjectCategories);
    reader.readOptionalInt64(u"approxSubjectCount"_s, out.approxSubjectCount);
    reader.readOptionalInt64(u"maxSubjectCount"_s, out.maxSubjectCount);
    reader.readOptionalInt64(u"approxRecordCount"_s, out.approxRecordCount);
    reader.readOptionalInt64(u"maxRecordCount"_s, out.maxRecordCount);
    reader.readOptionalBool(u"unintelligible"_s, out.unintelligible);
    reader.readText(u"protection"_s, out.protection);
    reader.readBool(u"confidentialityLost"_s, out.confidentialityLost, Presence::Optional);
    reader.readBool(u"integrityLost"_s, out.integrityLost, Presence::Optional);
    reader.readBool(u"availabilityLost"_s, out.availabilityLost, Presence::Optional);
    reader.readText(u"likelyConsequences"_s, out.likelyConsequences);
    reader.readText(u"measuresTaken"_s, out.measuresTaken);
    reader.readText(u"measuresPlanned"_s, out.measuresPlanned);
    reader.readOptionalEnum(u"risk"_s, out.risk);
    reader.readText(u"riskReasoning"_s, out.riskReasoning);
    reader.readBool(u"otherEuCountries"_s, out.otherEuCountries, Presence::Optional);
    reader.readText(u"otherEuCountriesDetail"_s, out.otherEuCountriesDetail);
    reader.readText(u"otherAuthorities"_s, out.otherAuthorities);
    reader.readText(u"apContactPerson"_s, out.apContactPerson);
    reader.readOptionalBool(u"apNotified"_s, out.apNotified);
    reader.readText(u"apNotNotifiedReason"_s, out.apNotNotifiedReason);
    reader.readText(u"apReference"_s, out.apReference);
    reader.readObjectList(u"apNotifications"_s, out.apNotifications, apNotificationFromJson);
    reader.readOptionalBool(u"subjectsInformed"_s, out.subjectsInformed);
    reader.readDate(u"subjectsInformedDate"_s, out.subjectsInformedDate);
    reader.readText(u"subjectsInformedHow"_s, out.subjectsInformedHow);
    reader.readText(u"subjectsNotInformedReason"_s, out.subjectsNotInformedReason);
    reader.readOptionalEnum(u"subjectsNotInformedGround"_s, out.subjectsNotInformedGround);
    reader.readInt64(u"clientId"_s, out.clientId, Presence::Optional);
    reader.readDateTime(u"clientNotifiedAt"_s, out.clientNotifiedAt);
    return reader.finish();
}

} // namespace pr::core::json
