#include "core/json/ActivityPartsJson.h"

#include "core/json/JsonWriter.h"
#include "core/json/ObjectReader.h"

using namespace Qt::StringLiterals;

namespace pr::core::json {

QJsonObject staffRoleToJson(const StaffRole& value)
{
    QJsonObject object;
    putText(object, u"role"_s, value.role);
    putTextList(object, u"operations"_s, value.operations);
    return object;
}

bool staffRoleFromJson(const QJsonValue& json, const QString& path, StaffRole& out,
                       QList<JsonIssue>& issues)
{
    out = StaffRole{};
    ObjectReader reader(json, path, issues);
    reader.readText(u"role"_s, out.role);
    reader.readTextList(u"operations"_s, out.operations);
    return reader.finish();
}

QJsonObject transferToJson(const ThirdCountryTransfer& value)
{
    QJsonObject object;
    putText(object, u"recipient"_s, value.recipient);
    putText(object, u"country"_s, value.country);
    putOptionalEnum(object, u"safeguard"_s, value.safeguard);
    putText(object, u"safeguardDetails"_s, value.safeguardDetails);
    return object;
}

bool transferFromJson(const QJsonValue& json, const QString& path, ThirdCountryTransfer& out,
                      QList<JsonIssue>& issues)
{
    out = ThirdCountryTransfer{};
    ObjectReader reader(json, path, issues);
    reader.readText(u"recipient"_s, out.recipient);
    reader.readText(u"country"_s, out.country);
    reader.readOptionalEnum(u"safeguard"_s, out.safeguard);
    reader.readText(u"safeguardDetails"_s, out.safeguardDetails);
    return reader.finish();
}

QJsonObject retentionToJson(const RetentionPeriod& value)
{
    const RetentionPeriod fresh;
    QJsonObject object;
    putEnum(object, u"kind"_s, value.kind);
    // Only a fixed period uses these; for the other kinds they are noise unless someone left
    // a value in them, which must survive the round trip.
    const bool fixed = value.kind == RetentionKind::Fixed;
    if (fixed || value.amount != fresh.amount) {
        object.insert(u"amount"_s, value.amount);
    }
    if (fixed || value.unit != fresh.unit) {
        putEnum(object, u"unit"_s, value.unit);
    }
    if (fixed || value.trigger != fresh.trigger) {
        putEnum(object, u"trigger"_s, value.trigger);
    }
    putText(object, u"description"_s, value.description);
    putText(object, u"legalBasis"_s, value.legalBasis);
    return object;
}

bool retentionFromJson(const QJsonValue& json, const QString& path, RetentionPeriod& out,
                       QList<JsonIssue>& issues)
{
    out = RetentionPeriod{};
    ObjectReader reader(json, path, issues);
    reader.readEnum(u"kind"_s, out.kind, Presence::Required);
    const Presence fixedPart =
        out.kind == RetentionKind::Fixed ? Presence::Required : Presence::Optional;
    reader.readInt(u"amount"_s, out.amount, fixedPart);
    reader.readEnum(u"unit"_s, out.unit, fixedPart);
    reader.readEnum(u"trigger"_s, out.trigger, fixedPart);
    reader.readText(u"description"_s, out.description);
    reader.readText(u"legalBasis"_s, out.legalBasis);
    return reader.finish();
}

} // namespace pr::core::json
