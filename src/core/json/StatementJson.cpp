#include "core/json/StatementJson.h"

#include "core/json/JsonMessages.h"
#include "core/json/JsonPath.h"
#include "core/json/JsonWriter.h"
#include "core/json/ObjectReader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pr::core::json {

namespace {

template <CodedEnum E>
QJsonArray codesOf(const QList<E>& values)
{
    QJsonArray codes;
    for (const E value : values) {
        codes.append(enumCode(value));
    }
    return codes;
}

void readNationalGrounds(ObjectReader& reader, const QString& key,
                         QMap<SpecialCategory, QString>& out)
{
    const std::optional<QJsonObject> map = reader.takeObject(key, Presence::Optional);
    if (!map) {
        return;
    }
    for (auto it = map->begin(); it != map->end(); ++it) {
        const QString path = memberPath(reader.pathOf(key), it.key());
        const std::optional<SpecialCategory> category = enumFromCode<SpecialCategory>(it.key());
        if (!category) {
            reader.report(path, messages::unknownCode(it.key(), enumCodes<SpecialCategory>()));
        } else if (const std::optional<QString> text =
                       ObjectReader::stringAt(it.value(), path, reader.issues())) {
            out.insert(*category, *text);
        }
    }
}

QJsonObject cookieToJson(const Cookie& value)
{
    QJsonObject object;
    putText(object, u"name"_s, value.name);
    putEnum(object, u"party"_s, value.party);
    putText(object, u"purpose"_s, value.purpose);
    putText(object, u"duration"_s, value.duration);
    putEnum(object, u"kind"_s, value.kind);
    return object;
}

bool cookieFromJson(const QJsonValue& json, const QString& path, Cookie& out,
                    QList<JsonIssue>& issues)
{
    out = Cookie{};
    ObjectReader reader(json, path, issues);
    reader.readText(u"name"_s, out.name);
    reader.readEnum(u"party"_s, out.party, Presence::Required);
    reader.readText(u"purpose"_s, out.purpose);
    reader.readText(u"duration"_s, out.duration);
    reader.readEnum(u"kind"_s, out.kind, Presence::Required);
    return reader.finish();
}

} // namespace

void putStatementParts(QJsonObject& object, const ProcessingActivity& value)
{
    QList<StatementAudience> audiences;
    for (const StatementAudience audience : enumValues<StatementAudience>()) {
        if (value.audiences.testFlag(audience)) {
            audiences << audience;
        }
    }
    if (!audiences.isEmpty()) {
        object.insert(u"audiences"_s, codesOf(audiences));
    }
    if (!value.furtherLegalBases.isEmpty()) {
        object.insert(u"furtherLegalBases"_s, codesOf(value.furtherLegalBases));
    }
    QJsonObject grounds;
    for (auto it = value.nationalGrounds.cbegin(); it != value.nationalGrounds.cend(); ++it) {
        grounds.insert(enumCode(it.key()), it.value());
    }
    if (!grounds.isEmpty()) {
        object.insert(u"nationalGrounds"_s, grounds);
    }
}

void readStatementParts(ObjectReader& reader, ProcessingActivity& out)
{
    if (const auto audiences = reader.readEnumList<StatementAudience>(u"audiences"_s)) {
        for (const StatementAudience audience : *audiences) {
            out.audiences |= audience;
        }
    }
    out.furtherLegalBases =
        reader.readEnumList<LegalBasis>(u"furtherLegalBases"_s).value_or(QList<LegalBasis>());
    readNationalGrounds(reader, u"nationalGrounds"_s, out.nationalGrounds);
}

QJsonObject statementFactsToJson(const PrivacyStatementFacts& value)
{
    QJsonObject object;
    putObjectList(object, u"cookies"_s, value.cookies, cookieToJson);
    object.insert(u"noAutomatedDecisions"_s, value.noAutomatedDecisions);
    putText(object, u"automatedDecisions"_s, value.automatedDecisions);
    object.insert(u"notMeantForChildren"_s, value.notMeantForChildren);
    return object;
}

bool statementFactsFromJson(const QJsonValue& json, const QString& path, PrivacyStatementFacts& out,
                            QList<JsonIssue>& issues)
{
    out = PrivacyStatementFacts{};
    ObjectReader reader(json, path, issues);
    reader.readObjectList(u"cookies"_s, out.cookies, cookieFromJson);
    reader.readBool(u"noAutomatedDecisions"_s, out.noAutomatedDecisions, Presence::Optional);
    reader.readText(u"automatedDecisions"_s, out.automatedDecisions);
    reader.readBool(u"notMeantForChildren"_s, out.notMeantForChildren, Presence::Optional);
    return reader.finish();
}

void applyOneStatement(QList<ProcessingActivity>& activities)
{
    for (ProcessingActivity& activity : activities) {
        if (activity.role == ProcessingRole::Controller) {
            activity.audiences = StatementAudience::Customers;
        }
    }
}

} // namespace pr::core::json
