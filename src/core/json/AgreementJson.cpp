#include "core/json/DomainJson.h"
#include "core/json/JsonWriter.h"
#include "core/json/ObjectReader.h"

using namespace Qt::StringLiterals;

namespace pr::core::json {

namespace {

QJsonObject liabilityCapToJson(const LiabilityCap& value)
{
    QJsonObject object;
    putOptionalValue(object, u"perEventCents"_s, value.perEventCents);
    putOptionalValue(object, u"perYearCents"_s, value.perYearCents);
    // Always written with the block: its default is "EUR", not empty, so leaving it out
    // would turn an emptied currency back into EUR.
    object.insert(u"currency"_s, value.currency);
    putText(object, u"formerText"_s, value.formerText);
    return object;
}

bool liabilityCapFromJson(const QJsonValue& json, const QString& path, LiabilityCap& out,
                          QList<JsonIssue>& issues)
{
    out = LiabilityCap{};
    ObjectReader reader(json, path, issues);
    // Format 3 and before kept one amount, the cap per event, and the cap in words as "text".
    reader.readOptionalInt64(u"amountCents"_s, out.perEventCents);
    reader.readText(u"text"_s, out.formerText);
    reader.readOptionalInt64(u"perEventCents"_s, out.perEventCents);
    reader.readOptionalInt64(u"perYearCents"_s, out.perYearCents);
    reader.readText(u"currency"_s, out.currency, Presence::Required);
    reader.readText(u"formerText"_s, out.formerText);
    return reader.finish();
}

QJsonObject signatoryToJson(const Signatory& value)
{
    QJsonObject object;
    putText(object, u"name"_s, value.name);
    putText(object, u"function"_s, value.function);
    putDate(object, u"date"_s, value.date);
    putText(object, u"place"_s, value.place);
    return object;
}

bool signatoryFromJson(const QJsonValue& json, const QString& path, Signatory& out,
                       QList<JsonIssue>& issues)
{
    out = Signatory{};
    ObjectReader reader(json, path, issues);
    reader.readText(u"name"_s, out.name);
    reader.readText(u"function"_s, out.function);
    reader.readDate(u"date"_s, out.date);
    reader.readText(u"place"_s, out.place);
    return reader.finish();
}

} // namespace

QJsonObject toJson(const Agreement& value)
{
    QJsonObject object;
    object.insert(u"id"_s, value.id);
    object.insert(u"clientId"_s, value.clientId);
    putText(object, u"version"_s, value.version);
    putText(object, u"mainAgreementName"_s, value.mainAgreementName);
    putDate(object, u"mainAgreementDate"_s, value.mainAgreementDate);
    putDate(object, u"startDate"_s, value.startDate);
    putOptionalValue(object, u"durationMonths"_s, value.durationMonths);
    putDate(object, u"endDate"_s, value.endDate);
    object.insert(u"breachNotificationHours"_s, value.breachNotificationHours);
    putOptionalValue(object, u"auditIntervalMonths"_s, value.auditIntervalMonths);
    putBlock(object, u"liabilityCap"_s, value.liabilityCap, liabilityCapToJson);
    putOptionalValue(object, u"insuranceCoverCents"_s, value.insuranceCoverCents);
    object.insert(u"changeNoticeDays"_s, value.changeNoticeDays);
    putText(object, u"processingLocation"_s, value.processingLocation);
    object.insert(u"returnDeletionDays"_s, value.returnDeletionDays);
    putIdList(object, u"activityIds"_s, value.activityIds);
    putEnum(object, u"signingState"_s, value.signingState);
    putDate(object, u"sentDate"_s, value.sentDate);
    putBlock(object, u"firmSignatory"_s, value.firmSignatory, signatoryToJson);
    putBlock(object, u"clientSignatory"_s, value.clientSignatory, signatoryToJson);
    // Written only when set, as the other fields that are usually empty: registers exported
    // before schema 4 read the same.
    if (value.signedOnPaper) {
        object.insert(u"signedOnPaper"_s, true);
    }
    putBase64(object, u"signedPdf"_s, value.signedPdf);
    putBase64(object, u"firmSignedPdf"_s, value.firmSignedPdf);
    putBase64(object, u"signedContent"_s, value.signedContent);
    return object;
}

bool fromJson(const QJsonValue& json, const QString& path, Agreement& out, QList<JsonIssue>& issues)
{
    out = Agreement{};
    ObjectReader reader(json, path, issues);
    reader.readInt64(u"id"_s, out.id, Presence::Required);
    reader.readInt64(u"clientId"_s, out.clientId, Presence::Required);
    reader.readText(u"version"_s, out.version);
    reader.readText(u"mainAgreementName"_s, out.mainAgreementName);
    reader.readDate(u"mainAgreementDate"_s, out.mainAgreementDate);
    reader.readDate(u"startDate"_s, out.startDate);
    reader.readOptionalInt(u"durationMonths"_s, out.durationMonths);
    reader.readDate(u"endDate"_s, out.endDate);
    reader.readInt(u"breachNotificationHours"_s, out.breachNotificationHours, Presence::Required);
    reader.readOptionalInt(u"auditIntervalMonths"_s, out.auditIntervalMonths);
    reader.readBlock(u"liabilityCap"_s, out.liabilityCap, liabilityCapFromJson);
    reader.readOptionalInt64(u"insuranceCoverCents"_s, out.insuranceCoverCents);
    reader.readInt(u"changeNoticeDays"_s, out.changeNoticeDays, Presence::Required);
    reader.readText(u"processingLocation"_s, out.processingLocation);
    reader.readInt(u"returnDeletionDays"_s, out.returnDeletionDays, Presence::Required);
    reader.readIdList(u"activityIds"_s, out.activityIds);
    reader.readEnum(u"signingState"_s, out.signingState, Presence::Required);
    reader.readDate(u"sentDate"_s, out.sentDate);
    reader.readBlock(u"firmSignatory"_s, out.firmSignatory, signatoryFromJson);
    reader.readBlock(u"clientSignatory"_s, out.clientSignatory, signatoryFromJson);
    reader.readBool(u"signedOnPaper"_s, out.signedOnPaper, Presence::Optional);
    reader.readBase64(u"signedPdf"_s, out.signedPdf);
    reader.readBase64(u"firmSignedPdf"_s, out.firmSignedPdf);
    reader.readBase64(u"signedContent"_s, out.signedContent);
    return reader.finish();
}

} // namespace pr::core::json
