#include "JsonTestSupport.h"
#include "core/domain/Art9Exception.h"
#include "core/domain/AuditAction.h"
#include "core/domain/DataSource.h"
#include "core/domain/DataSubjectRight.h"
#include "core/domain/EntityKind.h"
#include "core/domain/LegalBasis.h"
#include "core/domain/MeasureStatus.h"
#include "core/domain/NotificationPhase.h"
#include "core/domain/ObjectionOutcome.h"
#include "core/domain/ProcessingRole.h"
#include "core/domain/RefusalGround.h"
#include "core/domain/RequestChannel.h"
#include "core/domain/RequestStatus.h"
#include "core/domain/RetentionKind.h"
#include "core/domain/RetentionTrigger.h"
#include "core/domain/RetentionUnit.h"
#include "core/domain/SecurityCategory.h"
#include "core/domain/SigningState.h"
#include "core/domain/SpecialCategory.h"
#include "core/domain/SubProcessorChange.h"
#include "core/domain/TransferSafeguard.h"
#include "core/json/ObjectReader.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace pr::core;
using namespace pr::core::json;

// A cheap guard against drift between toJson() and resources/schema/register.schema.json: not
// a full JSON Schema validator, but a walk of written documents along the schema that checks
// every field against the schema's properties, types, enums and patterns, and for the fullest
// and emptiest records that the schema lists no field the program does not write.

namespace {

QJsonObject loadSchema()
{
    QFile file(QStringLiteral(PR_SOURCE_DIR) + u"/resources/schema/register.schema.json"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(document.isObject());
    return document.object();
}

QStringList sortedKeys(const QJsonObject& object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QStringList sortedStrings(const QJsonArray& array)
{
    QStringList strings;
    for (const QJsonValue& value : array) {
        strings.append(value.toString());
    }
    strings.sort();
    return strings;
}

// How strictly a written document is held against the schema.
enum class Coverage {
    Some,     // every written field is in the schema
    Full,     // ... and every field of the schema is written
    Required, // ... and exactly the required fields are written
};

class SchemaWalk {
public:
    explicit SchemaWalk(QJsonObject schema)
        : m_root(std::move(schema))
    {}

    QJsonObject resolve(QJsonObject schema) const
    {
        while (schema.contains(u"$ref"_s)) {
            const QString ref = schema.value(u"$ref"_s).toString();
            REQUIRE(ref.startsWith(u"#/$defs/"_s));
            const QJsonValue target =
                m_root.value(u"$defs"_s).toObject().value(ref.mid(QStringView(u"#/$defs/").size()));
            INFO(ref.toStdString());
            REQUIRE(target.isObject());
            schema = target.toObject();
        }
        return schema;
    }

    void check(const QJsonValue& value, const QJsonObject& unresolved, const QString& path,
               Coverage coverage) const
    {
        INFO(path.toStdString());
        const QJsonObject schema = resolve(unresolved);
        checkScalar(value, schema);
        if (value.isArray()) {
            checkArray(value.toArray(), schema, path, coverage);
        } else if (value.isObject()) {
            checkObject(value.toObject(), schema, path, coverage, KeysOf::ThisObject);
        }
    }

private:
    // Whose keys a Full or Required check compares with the schema.
    enum class KeysOf {
        ThisObject,
        TheWholeList, // an item of a list: its items may differ in shape (a redacted audit
                      // change has no values), so the list's items together are compared
    };

    void checkArray(const QJsonArray& array, const QJsonObject& schema, const QString& path,
                    Coverage coverage) const
    {
        const QJsonObject items = resolve(schema.value(u"items"_s).toObject());
        QStringList written;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = indexPath(path, i);
            if (array[i].isObject() && items.contains(u"properties"_s)) {
                INFO(itemPath.toStdString());
                checkScalar(array[i], items);
                checkObject(array[i].toObject(), items, itemPath, coverage, KeysOf::TheWholeList);
                written << array[i].toObject().keys();
            } else {
                check(array[i], items, itemPath, coverage);
            }
        }
        if (coverage == Coverage::Full && !written.isEmpty()) {
            INFO(path.toStdString());
            written.removeDuplicates();
            written.sort();
            CHECK(written == sortedKeys(items.value(u"properties"_s).toObject()));
        }
    }

    static void checkScalar(const QJsonValue& value, const QJsonObject& schema)
    {
        const QString type = schema.value(u"type"_s).toString();
        if (type == u"string") {
            CHECK(value.isString());
        } else if (type == u"integer") {
            CHECK((value.isDouble() && value.toDouble() == double(value.toInteger())));
        } else if (type == u"boolean") {
            CHECK(value.isBool());
        } else if (type == u"array") {
            CHECK(value.isArray());
        } else if (type == u"object") {
            CHECK(value.isObject());
        }
        if (schema.contains(u"enum"_s)) {
            CHECK(schema.value(u"enum"_s).toArray().contains(value));
        }
        if (schema.contains(u"const"_s)) {
            CHECK(schema.value(u"const"_s) == value);
        }
        if (schema.contains(u"pattern"_s)) {
            const QRegularExpression pattern(schema.value(u"pattern"_s).toString());
            INFO(value.toString().toStdString());
            CHECK(pattern.match(value.toString()).hasMatch());
        }
    }

    void checkObject(const QJsonObject& object, const QJsonObject& schema, const QString& path,
                     Coverage coverage, KeysOf keysOf) const
    {
        if (!schema.contains(u"properties"_s)) {
            // A map such as art9Exceptions: names and values each have their schema.
            for (auto it = object.begin(); it != object.end(); ++it) {
                check(QJsonValue(it.key()), schema.value(u"propertyNames"_s).toObject(),
                      memberPath(path, it.key()), Coverage::Some);
                check(it.value(), schema.value(u"additionalProperties"_s).toObject(),
                      memberPath(path, it.key()), Coverage::Some);
            }
            return;
        }
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        const QStringList required = sortedStrings(schema.value(u"required"_s).toArray());
        CHECK(schema.value(u"additionalProperties"_s) == QJsonValue(false));
        for (auto it = object.begin(); it != object.end(); ++it) {
            INFO("written field " << memberPath(path, it.key()).toStdString());
            REQUIRE(properties.contains(it.key()));
            check(it.value(), properties.value(it.key()).toObject(), memberPath(path, it.key()),
                  coverage);
        }
        for (const QString& key : required) {
            INFO("required field " << memberPath(path, key).toStdString());
            CHECK(object.contains(key));
        }
        if (coverage == Coverage::Full && keysOf == KeysOf::ThisObject) {
            CHECK(sortedKeys(object) == sortedKeys(properties));
        } else if (coverage == Coverage::Required && path.count(u'.') > 0) {
            CHECK(sortedKeys(object) == required);
        }
    }

    QJsonObject m_root;
};

template <CodedEnum E>
void checkEnumDef(const QJsonObject& schema, const QString& name)
{
    INFO(name.toStdString());
    const QJsonObject def = schema.value(u"$defs"_s).toObject().value(name).toObject();
    QStringList listed;
    for (const QJsonValue& value : def.value(u"enum"_s).toArray()) {
        listed.append(value.toString());
    }
    CHECK(listed == enumCodes<E>());
}

} // namespace

TEST_CASE("The schema lists every field that a full register writes, and no other",
          "[json][schema]")
{
    const QJsonObject schema = loadSchema();
    CHECK(schema.value(u"$schema"_s).toString() ==
          u"https://json-schema.org/draft/2020-12/schema"_s);
    const SchemaWalk walk(schema);
    walk.check(toJsonDocument(pr::test::fullDocument()).object(), schema, u"$"_s, Coverage::Full);
}

TEST_CASE("The schema requires exactly the fields that a new record writes", "[json][schema]")
{
    RegisterDocument document;
    document.activities = {ProcessingActivity{}};
    document.measures = {SecurityMeasure{}};
    document.subProcessors = {SubProcessor{}};
    document.clients = {Client{}};
    document.agreements = {Agreement{}};
    document.requests = {DataSubjectRequest{}};
    document.breaches = {Breach{}};
    document.subProcessorNotices = {SubProcessorNotice{}};
    document.audit = {AuditEntry{}};
    const QJsonObject schema = loadSchema();
    SchemaWalk(schema).check(toJsonDocument(document).object(), schema, u"$"_s, Coverage::Required);
}

TEST_CASE("The schema's enums are the codes of the domain's enums", "[json][schema]")
{
    const QJsonObject schema = loadSchema();
    checkEnumDef<LegalBasis>(schema, u"legalBasis"_s);
    checkEnumDef<SpecialCategory>(schema, u"specialCategory"_s);
    checkEnumDef<Art9Exception>(schema, u"art9Exception"_s);
    checkEnumDef<TransferSafeguard>(schema, u"transferSafeguard"_s);
    checkEnumDef<DataSource>(schema, u"dataSource"_s);
    checkEnumDef<ProcessingRole>(schema, u"processingRole"_s);
    checkEnumDef<RetentionKind>(schema, u"retentionKind"_s);
    checkEnumDef<RetentionUnit>(schema, u"retentionUnit"_s);
    checkEnumDef<RetentionTrigger>(schema, u"retentionTrigger"_s);
    checkEnumDef<SecurityCategory>(schema, u"securityCategory"_s);
    checkEnumDef<MeasureStatus>(schema, u"measureStatus"_s);
    checkEnumDef<SigningState>(schema, u"signingState"_s);
    checkEnumDef<DataSubjectRight>(schema, u"dataSubjectRight"_s);
    checkEnumDef<RequestChannel>(schema, u"requestChannel"_s);
    checkEnumDef<RequestStatus>(schema, u"requestStatus"_s);
    checkEnumDef<pr::core::RefusalGround>(schema, u"refusalGround"_s);
    checkEnumDef<NotificationPhase>(schema, u"notificationPhase"_s);
    checkEnumDef<AuditAction>(schema, u"auditAction"_s);
    checkEnumDef<EntityKind>(schema, u"entityKind"_s);
    checkEnumDef<SubProcessorChange>(schema, u"subProcessorChange"_s);
    checkEnumDef<ObjectionOutcome>(schema, u"objectionOutcome"_s);
}

TEST_CASE("The demo register fits the schema", "[json][schema][demo]")
{
    QFile file(QStringLiteral(PR_SOURCE_DIR) + u"/resources/demo/demo-register.json"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject schema = loadSchema();
    SchemaWalk(schema).check(QJsonDocument::fromJson(file.readAll()).object(), schema, u"$"_s,
                             Coverage::Some);
}

TEST_CASE("The example in docs/json-format.md imports cleanly and is in canonical form",
          "[json][schema]")
{
    QFile file(QStringLiteral(PR_SOURCE_DIR) + u"/docs/json-format.md"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype section = text.indexOf(u"\n## Example"_s);
    REQUIRE(section >= 0);
    const QString fence = u"```json\n"_s;
    const qsizetype start = text.indexOf(fence, section);
    const qsizetype end = text.indexOf(u"\n```"_s, start);
    REQUIRE((start >= 0 && end > start));
    const QByteArray example = text.mid(start + fence.size(), end - start - fence.size()).toUtf8();
    RegisterDocument document;
    QList<JsonIssue> issues;
    CHECK(parseRegisterDocument(example, document, issues));
    INFO(pr::test::describe(issues));
    CHECK(issues.isEmpty());
    CHECK(pr::test::exportBytes(document) == example + '\n');
}
