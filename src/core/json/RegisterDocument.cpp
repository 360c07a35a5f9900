#include "core/json/RegisterDocument.h"

#include "core/json/DomainJson.h"
#include "core/json/DuplicateKeys.h"
#include "core/json/JsonMessages.h"
#include "core/json/JsonPath.h"
#include "core/json/JsonWriter.h"
#include "core/json/ObjectReader.h"
#include "core/json/RegisterReferences.h"
#include "core/json/RegisterValidation.h"
#include "core/json/StatementJson.h"

#include <QCoreApplication>
#include <QJsonParseError>

#include <array>

using namespace Qt::StringLiterals;

namespace pr::core::json {

namespace {

// The generic reader that the list readers call: the overload of fromJson() for the item type.
constexpr auto readRecord = [](const QJsonValue& json, const QString& path, auto& out,
                               QList<JsonIssue>& issues) {
    return fromJson(json, path, out, issues);
};

const QString& formatName()
{
    static const QString name = QString::fromUtf16(kRegisterFormatName);
    return name;
}

void reportSyntax(const QByteArray& utf8, const QJsonParseError& error, QList<JsonIssue>& issues)
{
    // Line and column as an editor shows them (from 1); the column counts characters, not the
    // bytes of a multi-byte UTF-8 character.
    const QByteArray before = utf8.left(error.offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    issues.append(
        JsonIssue{u"$"_s, QCoreApplication::translate("Json", "Not valid JSON at line %1, "
                                                              "column %2: %3")
                              .arg(line)
                              .arg(column)
                              .arg(error.errorString())});
}

// The format name and version come first: in a file of another kind or version every other
// field could be "wrong", and a flood of such issues would hide the one that matters.
bool checkFormat(ObjectReader& reader, RegisterDocument& out)
{
    const qsizetype before = reader.issues().size();
    QString name;
    reader.readText(u"format"_s, name, Presence::Required);
    if (reader.issues().size() == before && name != formatName()) {
        reader.report(reader.pathOf(u"format"_s),
                      QCoreApplication::translate("Json", "Not a register file: the format must "
                                                          "be \"%1\".")
                          .arg(formatName()));
    }
    const qsizetype afterName = reader.issues().size();
    reader.readInt(u"formatVersion"_s, out.formatVersion, Presence::Required);
    if (reader.issues().size() == afterName && (out.formatVersion < kOldestRegisterFormatVersion ||
                                                out.formatVersion > kRegisterFormatVersion)) {
        reader.report(reader.pathOf(u"formatVersion"_s),
                      QCoreApplication::translate("Json", "Format version %1 is not supported; "
                                                          "this program reads versions %2 to %3.")
                          .arg(out.formatVersion)
                          .arg(kOldestRegisterFormatVersion)
                          .arg(kRegisterFormatVersion));
    }
    return reader.issues().size() == before;
}

void readLists(ObjectReader& reader, RegisterDocument& out)
{
    reader.readBlock(u"organisation"_s, out.organisation, readRecord, Presence::Required);
    reader.readObjectList(u"activities"_s, out.activities, readRecord, Presence::Required);
    reader.readObjectList(u"measures"_s, out.measures, readRecord, Presence::Required);
    reader.readObjectList(u"subProcessors"_s, out.subProcessors, readRecord, Presence::Required);
    reader.readObjectList(u"clients"_s, out.clients, readRecord, Presence::Required);
    reader.readObjectList(u"agreements"_s, out.agreements, readRecord, Presence::Required);
    reader.readObjectList(u"requests"_s, out.requests, readRecord, Presence::Required);
    reader.readObjectList(u"breaches"_s, out.breaches, readRecord, Presence::Required);
    // Added in version 4: a document of an earlier version has none.
    reader.readObjectList(u"subProcessorNotices"_s, out.subProcessorNotices, readRecord,
                          Presence::Optional);
    reader.readObjectList(u"audit"_s, out.audit, readRecord, Presence::Required);
}

// The version that added the privacy statements' audiences: in a document of an earlier one, the
// controller activities are in the one statement there was (applyOneStatement).
constexpr int kStatementVersion = 4;

// The version that added the notices of sub-processor changes, a list of their own.
constexpr int kSubProcessorNoticesVersion = 4;

// A field that a later format version added: in a document of an earlier version it is as
// unknown as a misspelt name, since the older program that wrote the document had no such
// field. It sits in the object CONTAINER of the root ("organisation") or in every record of the
// list CONTAINER ("agreements"), there in BLOCK, a nested object, when one is named.
struct LaterField {
    int version;
    QStringView container;
    QStringView block;
    QStringView field;
};

constexpr std::array kLaterFields{
    LaterField{3, u"agreements", {}, u"firmSignedPdf"},
    // Version 4: what a processor activity touches per client,
    LaterField{4, u"activities", {}, u"clientScopes"},
    // the facts the letters state,
    LaterField{4, u"organisation", {}, u"backupOverwriteDays"},
    LaterField{4, u"requests", {}, u"identityDoubt"},
    LaterField{4, u"requests", {}, u"identityProofAsked"},
    LaterField{4, u"requests", {}, u"refusalGround"},
    LaterField{4, u"requests", {}, u"copyProvided"},
    LaterField{4, u"requests", {}, u"recipientsInformed"},
    LaterField{4, u"requests", {}, u"notes"},
    // what the privacy statements need,
    LaterField{4, u"organisation", {}, u"statement"},
    LaterField{4, u"activities", {}, u"audiences"},
    LaterField{4, u"activities", {}, u"furtherLegalBases"},
    LaterField{4, u"activities", {}, u"nationalGrounds"},
    // and the terms of a DPA and the facts they rest on.
    LaterField{4, u"agreements", {}, u"mainAgreementName"},
    LaterField{4, u"agreements", {}, u"mainAgreementDate"},
    LaterField{4, u"agreements", {}, u"insuranceCoverCents"},
    LaterField{4, u"agreements", {}, u"signedContent"},
    LaterField{4, u"agreements", u"liabilityCap", u"perEventCents"},
    LaterField{4, u"agreements", u"liabilityCap", u"perYearCents"},
    LaterField{4, u"agreements", u"liabilityCap", u"formerText"},
    LaterField{4, u"measures", {}, u"plannedDate"},
    LaterField{4, u"subProcessors", {}, u"transferAssessmentDate"},
    LaterField{4, u"subProcessors", {}, u"transferAssessmentSummary"},
    // and the client's privacy contact.
    LaterField{4, u"clients", {}, u"privacyContact"},
    // Version 5: the English versions of the register's texts.
    LaterField{5, u"organisation", {}, u"englishTexts"},
    // Version 5: what the AP's breach notification form asks.
    LaterField{5, u"breaches", {}, u"startedAt"},
    LaterField{5, u"breaches", {}, u"endedAt"},
    LaterField{5, u"breaches", {}, u"ongoing"},
    LaterField{5, u"breaches", {}, u"natures"},
    LaterField{5, u"breaches", {}, u"cause"},
    LaterField{5, u"breaches", {}, u"internalReporter"},
    LaterField{5, u"breaches", {}, u"specialCategories"},
    LaterField{5, u"breaches", {}, u"maxSubjectCount"},
    LaterField{5, u"breaches", {}, u"maxRecordCount"},
    LaterField{5, u"breaches", {}, u"unintelligible"},
    LaterField{5, u"breaches", {}, u"protection"},
    LaterField{5, u"breaches", {}, u"confidentialityLost"},
    LaterField{5, u"breaches", {}, u"integrityLost"},
    LaterField{5, u"breaches", {}, u"availabilityLost"},
    LaterField{5, u"breaches", {}, u"measuresPlanned"},
    LaterField{5, u"breaches", {}, u"risk"},
    LaterField{5, u"breaches", {}, u"riskReasoning"},
    LaterField{5, u"breaches", {}, u"otherEuCountries"},
    LaterField{5, u"breaches", {}, u"otherEuCountriesDetail"},
    LaterField{5, u"breaches", {}, u"otherAuthorities"},
    LaterField{5, u"breaches", {}, u"apContactPerson"},
    LaterField{5, u"breaches", {}, u"subjectsInformedHow"},
    LaterField{5, u"breaches", {}, u"subjectsNotInformedGround"},
};

// FIELD of OBJECT (at PATH), or of its BLOCK, reported as unknown when it is there.
void reportIfPresent(QJsonObject object, QString path, const LaterField& later,
                     QList<JsonIssue>& issues)
{
    if (!later.block.isEmpty()) {
        path = memberPath(path, later.block.toString());
        object = object.value(later.block.toString()).toObject();
    }
    if (object.contains(later.field.toString())) {
        issues.append(
            JsonIssue{memberPath(path, later.field.toString()), messages::unknownField()});
    }
}

void reportFieldsOfLaterVersions(const QJsonObject& root, int formatVersion,
                                 QList<JsonIssue>& issues)
{
    // The list of notices: an empty one holds nothing an older reader could misread.
    if (formatVersion < kSubProcessorNoticesVersion &&
        !root.value(u"subProcessorNotices"_s).toArray().isEmpty()) {
        issues.append(JsonIssue{u"$.subProcessorNotices"_s, messages::unknownField()});
    }
    for (const LaterField& later : kLaterFields) {
        if (formatVersion >= later.version) {
            continue;
        }
        const QString container = later.container.toString();
        const QJsonValue value = root.value(container);
        if (value.isObject()) {
            reportIfPresent(value.toObject(), u"$."_s + container, later, issues);
            continue;
        }
        const QJsonArray records = value.toArray();
        for (qsizetype i = 0; i < records.size(); ++i) {
            reportIfPresent(records[i].toObject(), indexPath(u"$."_s + container, i), later,
                            issues);
        }
    }
}

template <typename T>
QJsonArray arrayOf(const QList<T>& records)
{
    QJsonArray array;
    for (const T& record : records) {
        array.append(toJson(record));
    }
    return array;
}

} // namespace

QJsonDocument toJsonDocument(const RegisterDocument& document)
{
    // QJsonObject keeps its keys sorted, so the file lists them alphabetically whatever the
    // order of these lines; that order is as canonical as any.
    QJsonObject root;
    root.insert(u"format"_s, formatName());
    root.insert(u"formatVersion"_s, document.formatVersion);
    root.insert(u"organisation"_s, toJson(document.organisation));
    // Lists are written even when empty: a missing list in a file means it was cut short.
    root.insert(u"activities"_s, arrayOf(document.activities));
    root.insert(u"measures"_s, arrayOf(document.measures));
    root.insert(u"subProcessors"_s, arrayOf(document.subProcessors));
    root.insert(u"clients"_s, arrayOf(document.clients));
    root.insert(u"agreements"_s, arrayOf(document.agreements));
    root.insert(u"requests"_s, arrayOf(document.requests));
    root.insert(u"breaches"_s, arrayOf(document.breaches));
    // From version 4; a document read in an earlier version is written back as it was.
    if (document.formatVersion >= kSubProcessorNoticesVersion ||
        !document.subProcessorNotices.isEmpty()) {
        root.insert(u"subProcessorNotices"_s, arrayOf(document.subProcessorNotices));
    }
    root.insert(u"audit"_s, arrayOf(document.audit));
    return QJsonDocument(root);
}

bool parseRegisterDocument(const QByteArray& utf8, RegisterDocument& out, QList<JsonIssue>& issues)
{
    out = RegisterDocument{};
    const qsizetype before = issues.size();
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        reportSyntax(utf8, error, issues);
        return false;
    }
    if (const QList<JsonIssue> repeated = findDuplicateKeys(utf8); !repeated.isEmpty()) {
        issues.append(repeated);
        return false;
    }
    ObjectReader reader(json.isObject() ? QJsonValue(json.object()) : QJsonValue(json.array()),
                        u"$"_s, issues);
    if (!json.isObject() || !checkFormat(reader, out)) {
        return false;
    }
    readLists(reader, out);
    reader.finish();
    reportFieldsOfLaterVersions(json.object(), out.formatVersion, issues);
    if (out.formatVersion < kStatementVersion) {
        applyOneStatement(out.activities);
    }
    checkIdsAndReferences(out, issues);
    // A copy: validateRecords() appends to ISSUES while it looks at what was reported.
    const QList<JsonIssue> reported = issues.mid(before);
    validateRecords(out, reported, issues);
    return issues.size() == before;
}

} // namespace pr::core::json
