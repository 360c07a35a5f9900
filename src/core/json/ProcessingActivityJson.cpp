#include "core/json/ActivityPartsJson.h"
#include "core/json/DomainJson.h"
#include "core/json/JsonWriter.h"
#include "core/json/ObjectReader.h"
#include "core/json/StatementJson.h"

using namespace Qt::StringLiterals;

namespace pr::core::json {

namespace {

// The flags as a list of codes in table order: readable, and the same set always gives the
// same list.
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

void readSpecialCategories(ObjectReader& reader, const QString& key, SpecialCategories& out)
{
    if (const auto categories = reader.readEnumList<SpecialCategory>(key)) {
        for (const SpecialCategory category : *categories) {
            out.setFlag(category);
        }
    }
}

// The map as an object from category code to exception letter: {"health": "h"}.
void putArt9Exceptions(QJsonObject& object, const QString& key,
                       const QMap<SpecialCategory, Art9Exception>& exceptions)
{
    QJsonObject map;
    for (auto it = exceptions.begin(); it != exceptions.end(); ++it) {
        map.insert(enumCode(it.key()), enumCode(it.value()));
    }
    if (!map.isEmpty()) {
        object.insert(key, map);
    }
}

void readArt9Exceptions(ObjectReader& reader, const QString& key,
                        QMap<SpecialCategory, Art9Exception>& out)
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
            continue;
        }
        const std::optional<QString> code =
            ObjectReader::stringAt(it.value(), path, reader.issues());
        if (!code) {
            continue;
        }
        if (const std::optional<Art9Exception> exception = enumFromCode<Art9Exception>(*code)) {
            out.insert(*category, *exception);
        } else {
            reader.report(path, messages::unknownCode(*code, enumCodes<Art9Exception>()));
        }
    }
}

// A list that is there or not: present, even empty, means set (ClientScope).
void putOptionalTextList(QJsonObject& object, const QString& key,
                         const std::optional<QStringList>& values)
{
    if (values) {
        object.insert(key, QJsonArray::fromStringList(*values));
    }
}

void readOptionalTextList(ObjectReader& reader, const QString& key, std::optional<QStringList>& out)
{
    const std::optional<QJsonArray> array = reader.takeArray(key, Presence::Optional);
    if (!array) {
        return;
    }
    QStringList values;
    for (qsizetype i = 0; i < array->size(); ++i) {
        if (const std::optional<QString> text = ObjectReader::stringAt(
                array->at(i), indexPath(reader.pathOf(key), i), reader.issues())) {
            values.append(*text);
        }
    }
    out = values;
}

QJsonObject specialScopeToJson(const SpecialCategoryScope& value)
{
    QJsonObject object;
    putSpecialCategories(object, u"categories"_s, value.categories);
    putArt9Exceptions(object, u"art9Exceptions"_s, value.art9Exceptions);
    putText(object, u"childrenSafeguards"_s, value.childrenSafeguards);
    return object;
}

bool specialScopeFromJson(const QJsonValue& json, const QString& path, SpecialCategoryScope& out,
                          QList<JsonIssue>& issues)
{
    out = SpecialCategoryScope{};
    ObjectReader reader(json, path, issues);
    readSpecialCategories(reader, u"categories"_s, out.categories);
    readArt9Exceptions(reader, u"art9Exceptions"_s, out.art9Exceptions);
    reader.readText(u"childrenSafeguards"_s, out.childrenSafeguards);
    return reader.finish();
}

// A part that is left out is the activity's own; "specialCategories": {} sets "none".
QJsonObject clientScopeToJson(const ClientScope& value)
{
    QJsonObject object;
    object.insert(u"clientId"_s, value.clientId);
    putOptionalTextList(object, u"dataCategories"_s, value.dataCategories);
    if (value.specialCategories) {
        object.insert(u"specialCategories"_s, specialScopeToJson(*value.specialCategories));
    }
    putOptionalTextList(object, u"dataSubjectCategories"_s, value.dataSubjectCategories);
    if (value.retention) {
        object.insert(u"retention"_s, retentionToJson(*value.retention));
    }
    return object;
}

bool clientScopeFromJson(const QJsonValue& json, const QString& path, ClientScope& out,
                         QList<JsonIssue>& issues)
{
    out = ClientScope{};
    ObjectReader reader(json, path, issues);
    reader.readInt64(u"clientId"_s, out.clientId, Presence::Required);
    readOptionalTextList(reader, u"dataCategories"_s, out.dataCategories);
    reader.readOptionalBlock(u"specialCategories"_s, out.specialCategories, specialScopeFromJson);
    readOptionalTextList(reader, u"dataSubjectCategories"_s, out.dataSubjectCategories);
    reader.readOptionalBlock(u"retention"_s, out.retention, retentionFromJson);
    return reader.finish();
}

} // namespace

QJsonObject toJson(const ProcessingActivity& value)
{
    QJsonObject object;
    object.insert(u"id"_s, value.id);
    putText(object, u"name"_s, value.name);
    putEnum(object, u"role"_s, value.role);
    putIdList(object, u"clientIds"_s, value.clientIds);
    putObjectList(object, u"clientScopes"_s, value.clientScopes, clientScopeToJson);
    putTextList(object, u"purposes"_s, value.purposes);
    putOptionalEnum(object, u"legalBasis"_s, value.legalBasis);
    putText(object, u"legitimateInterest"_s, value.legitimateInterest);
    putTextList(object, u"dataCategories"_s, value.dataCategories);
    putSpecialCategories(object, u"specialCategories"_s, value.specialCategories);
    putArt9Exceptions(object, u"art9Exceptions"_s, value.art9Exceptions);
    putText(object, u"childrenSafeguards"_s, value.childrenSafeguards);
    putObjectList(object, u"staffRoles"_s, value.staffRoles, staffRoleToJson);
    putTextList(object, u"dataSubjectCategories"_s, value.dataSubjectCategories);
    object.insert(u"retention"_s, retentionToJson(value.retention));
    putTextList(object, u"recipients"_s, value.recipients);
    putObjectList(object, u"transfers"_s, value.transfers, transferToJson);
    putEnum(object, u"source"_s, value.source);
    putText(object, u"sourceDescription"_s, value.sourceDescription);
    putStatementParts(object, value);
    return object;
}

bool fromJson(const QJsonValue& json, const QString& path, ProcessingActivity& out,
              QList<JsonIssue>& issues)
{
    out = ProcessingActivity{};
    ObjectReader reader(json, path, issues);
    reader.readInt64(u"id"_s, out.id, Presence::Required);
    reader.readText(u"name"_s, out.name);
    reader.readEnum(u"role"_s, out.role, Presence::Required);
    reader.readIdList(u"clientIds"_s, out.clientIds);
    reader.readObjectList(u"clientScopes"_s, out.clientScopes, clientScopeFromJson);
    reader.readTextList(u"purposes"_s, out.purposes);
    reader.readOptionalEnum(u"legalBasis"_s, out.legalBasis);
    reader.readText(u"legitimateInterest"_s, out.legitimateInterest);
    reader.readTextList(u"dataCategories"_s, out.dataCategories);
    readSpecialCategories(reader, u"specialCategories"_s, out.specialCategories);
    readArt9Exceptions(reader, u"art9Exceptions"_s, out.art9Exceptions);
    reader.readText(u"childrenSafeguards"_s, out.childrenSafeguards);
    reader.readObjectList(u"staffRoles"_s, out.staffRoles, staffRoleFromJson);
    reader.readTextList(u"dataSubjectCategories"_s, out.dataSubjectCategories);
    reader.readBlock(u"retention"_s, out.retention, retentionFromJson, Presence::Required);
    reader.readTextList(u"recipients"_s, out.recipients);
    reader.readObjectList(u"transfers"_s, out.transfers, transferFromJson);
    reader.readEnum(u"source"_s, out.source, Presence::Required);
    reader.readText(u"sourceDescription"_s, out.sourceDescription);
    readStatementParts(reader, out);
    return reader.finish();
}

} // namespace pr::core::json
