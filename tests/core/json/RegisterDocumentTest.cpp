#include "JsonTestSupport.h"
#include "core/json/JsonMessages.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace pr::core;
using namespace pr::core::json;
using pr::test::asVersion3;
using pr::test::asVersion4;
using pr::test::describe;
using pr::test::exportBytes;
using pr::test::fullDocument;
using pr::test::issuesAfter;
using pr::test::pathsOf;
using pr::test::withVersion3Keys;

namespace {

// Replaces the value at KEY of item INDEX of the list LIST.
void setInList(QJsonObject& root, const QString& list, qsizetype index, const QString& key,
               const QJsonValue& value)
{
    QJsonArray array = root.value(list).toArray();
    QJsonObject item = array[index].toObject();
    item.insert(key, value);
    array[index] = item;
    root.insert(list, array);
}

void appendToList(QJsonObject& root, const QString& list, const QJsonObject& item)
{
    QJsonArray array = root.value(list).toArray();
    array.append(item);
    root.insert(list, array);
}

// The full document as version 2 and before could hold it: also no agreement signed digitally
// by the firm.
RegisterDocument withoutFirmSignedPdf()
{
    RegisterDocument document = asVersion3();
    for (Agreement& agreement : document.agreements) {
        agreement.firmSignedPdf.clear();
    }
    return document;
}

QList<JsonIssue> parseIssues(const QByteArray& text)
{
    RegisterDocument out;
    QList<JsonIssue> issues;
    CHECK_FALSE(parseRegisterDocument(text, out, issues));
    return issues;
}

} // namespace

TEST_CASE("A whole register survives export and import, byte for byte", "[json][document]")
{
    const RegisterDocument document = fullDocument();
    const QByteArray exported = exportBytes(document);
    RegisterDocument back;
    QList<JsonIssue> issues;
    CHECK(parseRegisterDocument(exported, back, issues));
    INFO(describe(issues));
    CHECK(issues.isEmpty());
    CHECK(back == document);
    CHECK(exportBytes(back) == exported);

    const QJsonObject root = toJsonDocument(document).object();
    CHECK(root.value(u"format"_s) == QJsonValue(u"privacyregister"_s));
    CHECK(root.value(u"formatVersion"_s) == QJsonValue(kRegisterFormatVersion));
    CHECK(root.keys().size() == 12);
}

TEST_CASE("An empty register is written with all its lists and read back", "[json][document]")
{
    const QByteArray exported = exportBytes(RegisterDocument{});
    const QJsonObject root = QJsonDocument::fromJson(exported).object();
    for (const QString& list : {u"activities"_s, u"measures"_s, u"subProcessors"_s, u"clients"_s,
                                u"agreements"_s, u"requests"_s, u"breaches"_s, u"audit"_s}) {
        INFO(list.toStdString());
        CHECK(root.value(list) == QJsonValue(QJsonArray{}));
    }
    RegisterDocument back;
    QList<JsonIssue> issues;
    parseRegisterDocument(exported, back, issues);
    // The only issues are those of an empty organisation profile: the structure is fine.
    for (const JsonIssue& issue : issues) {
        CHECK(issue.path.startsWith(u"$.organisation."_s));
    }
    CHECK(exportBytes(back) == exported);
}

TEST_CASE("A syntax error is reported with its line and column", "[json][document]")
{
    // The column counts characters: "é" and "ë" are two bytes each in UTF-8 but one
    // column each, so a count of bytes would say column 12.
    const QByteArray text = "{\n"
                            "  \"format\": \"privacyregister\",\n"
                            "  \"d\u00e9\u00eb\": @\n"
                            "}\n";
    const QList<JsonIssue> issues = parseIssues(text);
    REQUIRE(issues.size() == 1);
    INFO(issues[0].message.toStdString());
    CHECK(issues[0].path == u"$"_s);
    CHECK(issues[0].message.contains(u"line 3, column 10:"_s));

    const QList<JsonIssue> first = parseIssues(R"({"format": @})");
    REQUIRE(first.size() == 1);
    CHECK(first[0].message.contains(u"line 1, column 12:"_s));
}

TEST_CASE("The format name and version are checked before anything else", "[json][document]")
{
    SECTION("an unknown version is refused with one issue")
    {
        const QList<JsonIssue> issues = issuesAfter(fullDocument(), [](QJsonObject& root) {
            root.insert(u"formatVersion"_s, kRegisterFormatVersion + 1);
            root.insert(u"newList"_s, QJsonArray{});
        });
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].path == u"$.formatVersion"_s);
        CHECK(issues[0].message.contains(QString::number(kRegisterFormatVersion + 1)));
    }
    SECTION("version 1, before the audit trail's digests, is still read")
    {
        const QList<JsonIssue> issues = issuesAfter(withoutFirmSignedPdf(), [](QJsonObject& root) {
            root.insert(u"formatVersion"_s, 1);
            withVersion3Keys(root);
        });
        CHECK(issues.isEmpty());
    }
    SECTION("version 2, before the PDF the firm signed, is still read")
    {
        const QList<JsonIssue> issues = issuesAfter(withoutFirmSignedPdf(), [](QJsonObject& root) {
            root.insert(u"formatVersion"_s, 2);
            withVersion3Keys(root);
        });
        CHECK(issues.isEmpty());
    }
    SECTION("version 3, before the fields of version 4, is still read")
    {
        const QList<JsonIssue> issues = issuesAfter(asVersion3(), [](QJsonObject& root) {
            root.insert(u"formatVersion"_s, 3);
            withVersion3Keys(root);
        });
        CHECK(issues.isEmpty());
    }
    SECTION("version 4, before the fields of version 5, is still read")
    {
        const QList<JsonIssue> issues = issuesAfter(
            asVersion4(), [](QJsonObject& root) { root.insert(u"formatVersion"_s, 4); });
        CHECK(issues.isEmpty());
    }
    SECTION("version 0 is refused")
    {
        const QList<JsonIssue> issues = issuesAfter(
            fullDocument(), [](QJsonObject& root) { root.insert(u"formatVersion"_s, 0); });
        CHECK(pathsOf(issues) == QStringList{u"$.formatVersion"_s});
    }
    SECTION("another kind of file is refused")
    {
        const QList<JsonIssue> issues = issuesAfter(
            fullDocument(), [](QJsonObject& root) { root.insert(u"format"_s, u"catalogue"_s); });
        CHECK(pathsOf(issues) == QStringList{u"$.format"_s});
    }
    SECTION("both missing")
    {
        const QList<JsonIssue> issues = parseIssues(R"({"organisation": {"id": 1}})");
        CHECK(issues == QList<JsonIssue>{{u"$.format"_s, messages::missingField()},
                                         {u"$.formatVersion"_s, messages::missingField()}});
    }
    SECTION("a document that is not an object")
    {
        CHECK(parseIssues("[]") == QList<JsonIssue>{{u"$"_s, messages::expectedObject()}});
    }
}

TEST_CASE("The PDF the firm signed came with version 3: an older document cannot hold it",
          "[json][document]")
{
    RegisterDocument document = asVersion3();
    REQUIRE_FALSE(document.agreements[0].firmSignedPdf.isEmpty());
    const QByteArray exported = exportBytes(document);
    CHECK(QJsonDocument::fromJson(exported)
              .object()
              .value(u"agreements"_s)
              .toArray()[0]
              .toObject()
              .value(u"firmSignedPdf"_s)
              .toString() == QString::fromLatin1(document.agreements[0].firmSignedPdf.toBase64()));

    // A program of version 2 had no such field; a document that says it is version 2 and has
    // one was not written by it, and is reported as it would have reported it.
    for (const int version : {1, 2}) {
        INFO("format version " << version);
        const QList<JsonIssue> issues = issuesAfter(asVersion3(), [version](QJsonObject& root) {
            root.insert(u"formatVersion"_s, version);
            withVersion3Keys(root);
        });
        CHECK(issues ==
              QList<JsonIssue>{{u"$.agreements[0].firmSignedPdf"_s, messages::unknownField()}});
    }
    // Also when it is empty: the name itself is what version 2 does not know.
    const QList<JsonIssue> empty = issuesAfter(withoutFirmSignedPdf(), [](QJsonObject& root) {
        root.insert(u"formatVersion"_s, 2);
        withVersion3Keys(root);
        setInList(root, u"agreements"_s, 0, u"firmSignedPdf"_s, u""_s);
    });
    CHECK(empty ==
          QList<JsonIssue>{{u"$.agreements[0].firmSignedPdf"_s, messages::unknownField()}});
}

TEST_CASE("English texts came with version 5: an older document cannot hold them",
          "[json][document][english]")
{
    RegisterDocument document = asVersion4();
    document.organisation.englishTexts = fullDocument().organisation.englishTexts;
    REQUIRE_FALSE(document.organisation.englishTexts.isEmpty());
    const QList<JsonIssue> issues =
        issuesAfter(document, [](QJsonObject& root) { root.insert(u"formatVersion"_s, 4); });
    CHECK(issues == QList<JsonIssue>{{u"$.organisation.englishTexts"_s, messages::unknownField()}});

    // In the current version they are read back as written.
    RegisterDocument read;
    QList<JsonIssue> none;
    REQUIRE(pr::core::json::parseRegisterDocument(exportBytes(fullDocument()), read, none));
    CHECK(read.organisation.englishTexts == fullDocument().organisation.englishTexts);
}

TEST_CASE("Client scopes came with version 4: an older document cannot hold them",
          "[json][document][client-scope]")
{
    RegisterDocument document = asVersion3();
    document.activities[0].clientScopes = fullDocument().activities[0].clientScopes;
    REQUIRE_FALSE(document.activities[0].clientScopes.isEmpty());
    for (const int version : {1, 2, 3}) {
        INFO("format version " << version);
        RegisterDocument older = document;
        if (version < 3) {
            older.agreements[0].firmSignedPdf.clear();
        }
        const QList<JsonIssue> issues = issuesAfter(older, [version](QJsonObject& root) {
            root.insert(u"formatVersion"_s, version);
            withVersion3Keys(root);
        });
        CHECK(issues ==
              QList<JsonIssue>{{u"$.activities[0].clientScopes"_s, messages::unknownField()}});
    }
}

TEST_CASE("A client scope names a client the activity serves, and follows its rules",
          "[json][document][client-scope]")
{
    RegisterDocument document = fullDocument();
    document.activities[0].clientScopes[0].clientId = 40;
    document.activities[0].clientScopes[0].specialCategories->art9Exceptions.clear();
    const QList<JsonIssue> issues = issuesAfter(document, [](QJsonObject&) {});
    CHECK(
        pathsOf(issues) ==
        QStringList{u"$.activities[0].clientScopes[0].clientId"_s,
                    u"$.activities[0].clientScopes[0].specialCategories.art9Exceptions.health"_s});
}

TEST_CASE("The letter facts came with version 4: an older document cannot hold them",
          "[json][document]")
{
    const RegisterDocument document = fullDocument();
    REQUIRE(document.requests[0].refusalGround.has_value());
    const QJsonObject exported = QJsonDocument::fromJson(exportBytes(document)).object();
    const QJsonObject request = exported.value(u"requests"_s).toArray()[0].toObject();
    CHECK(request.value(u"refusalGround"_s) == QJsonValue(u"legal-obligation"_s));
    CHECK(request.value(u"notes"_s) == QJsonValue(u"Alleen voor het dossier"_s));
    CHECK(exported.value(u"organisation"_s).toObject().value(u"backupOverwriteDays"_s) ==
          QJsonValue(30));

    RegisterDocument older = asVersion3();
    older.organisation.backupOverwriteDays = document.organisation.backupOverwriteDays;
    older.requests = document.requests;
    const QList<JsonIssue> issues = issuesAfter(older, [](QJsonObject& root) {
        root.insert(u"formatVersion"_s, 3);
        withVersion3Keys(root);
    });
    QStringList paths = pathsOf(issues);
    paths.sort();
    CHECK(paths == QStringList{u"$.organisation.backupOverwriteDays"_s,
                               u"$.requests[0].copyProvided"_s, u"$.requests[0].identityDoubt"_s,
                               u"$.requests[0].identityProofAsked"_s, u"$.requests[0].notes"_s,
                               u"$.requests[0].recipientsInformed"_s,
                               u"$.requests[0].refusalGround"_s});
}

TEST_CASE("The signed content came with version 4: an older document cannot hold it",
          "[json][document]")
{
    const RegisterDocument document = fullDocument();
    REQUIRE_FALSE(document.agreements[0].signedContent.isEmpty());
    const QByteArray exported = exportBytes(document);
    CHECK(QJsonDocument::fromJson(exported)
              .object()
              .value(u"agreements"_s)
              .toArray()[0]
              .toObject()
              .value(u"signedContent"_s)
              .toString() == QString::fromLatin1(document.agreements[0].signedContent.toBase64()));

    RegisterDocument older = asVersion3();
    older.agreements[0].signedContent = document.agreements[0].signedContent;
    const QList<JsonIssue> issues = issuesAfter(older, [](QJsonObject& root) {
        root.insert(u"formatVersion"_s, 3);
        withVersion3Keys(root);
    });
    CHECK(issues ==
          QList<JsonIssue>{{u"$.agreements[0].signedContent"_s, messages::unknownField()}});
    // Without it, a version 3 document is read as before: no content kept.
    RegisterDocument back;
    QList<JsonIssue> none;
    QJsonObject root = toJsonDocument(asVersion3()).object();
    root.insert(u"formatVersion"_s, 3);
    withVersion3Keys(root);
    CHECK(parseRegisterDocument(QJsonDocument(root).toJson(), back, none));
    CHECK(none.isEmpty());
    CHECK(back.agreements[0].signedContent.isEmpty());
}

TEST_CASE("Missing lists and unknown top-level fields are reported", "[json][document]")
{
    const QList<JsonIssue> issues = issuesAfter(fullDocument(), [](QJsonObject& root) {
        root.remove(u"clients"_s);
        root.insert(u"klanten"_s, QJsonArray{});
    });
    // The agreement, request and breach now refer to a client that is not there.
    CHECK(pathsOf(issues) ==
          QStringList{u"$.clients"_s, u"$.klanten"_s, u"$.activities[0].clientIds[0]"_s,
                      u"$.agreements[0].clientId"_s, u"$.requests[0].clientId"_s,
                      u"$.subProcessorNotices[0].clientId"_s, u"$.breaches[0].clientId"_s});
    CHECK(issues[0].message == messages::missingField());
    CHECK(issues[1].message == messages::unknownField());
}

TEST_CASE("Ids are positive and unique within each list", "[json][document]")
{
    RegisterDocument document = fullDocument();
    Client second = pr::test::fullClient();
    second.legalName = u"Tweede klant"_s;
    document.clients.append(second); // same id 3
    SecurityMeasure unstored = pr::test::fullMeasure();
    unstored.id = 0;
    document.measures.append(unstored);
    // The same id in another list is no clash.
    document.measures[0].id = 3;
    const QList<JsonIssue> issues = issuesAfter(document, [](QJsonObject&) {});
    CHECK(pathsOf(issues) == QStringList{u"$.measures[1].id"_s, u"$.clients[1].id"_s});
    REQUIRE(issues.size() == 2);
    CHECK(issues[1].message.contains(u"$.clients[0].id"_s));
}

TEST_CASE("Every reference must resolve", "[json][document]")
{
    RegisterDocument document = fullDocument();
    document.activities[0].clientIds = {3, 40};
    document.subProcessors[0].activityIds = {41, 7};
    document.agreements[0].clientId = 42;
    document.agreements[0].activityIds = {7, 43};
    document.requests[0].clientId = 44;
    document.breaches[0].clientId = 45;
    // The audit trail may name a record deleted since: not a dangling reference.
    document.audit[0].entityId = 999;
    const QList<JsonIssue> issues = issuesAfter(document, [](QJsonObject&) {});
    CHECK(pathsOf(issues) ==
          QStringList{u"$.activities[0].clientIds[1]"_s, u"$.subProcessors[0].activityIds[0]"_s,
                      u"$.agreements[0].clientId"_s, u"$.agreements[0].activityIds[1]"_s,
                      u"$.requests[0].clientId"_s, u"$.breaches[0].clientId"_s});
    REQUIRE_FALSE(issues.isEmpty());
    CHECK(issues[0].message.contains(u"40"_s));
    CHECK(issues[0].message.contains(u"$.clients"_s));
}

TEST_CASE("The domain validation of every record is reported with its JSON path",
          "[json][document]")
{
    RegisterDocument document = fullDocument();
    document.activities[0].legitimateInterest.clear();
    document.organisation.postcode = u"12345"_s;
    ProcessingActivity another = pr::test::fullActivity();
    another.id = 9;
    another.purposes = {u"Back-up"_s, u"back-up "_s};
    document.activities.append(another);
    const QList<JsonIssue> issues = issuesAfter(document, [](QJsonObject&) {});
    CHECK(pathsOf(issues) == QStringList{u"$.organisation.postcode"_s,
                                         u"$.activities[0].legitimateInterest"_s,
                                         u"$.activities[2].purposes[1]"_s});
}

TEST_CASE("A field that could not be read is reported once, not again by validation",
          "[json][document]")
{
    const QList<JsonIssue> issues = issuesAfter(fullDocument(), [](QJsonObject& root) {
        setInList(root, u"activities"_s, 0, u"purposes"_s, u"Back-up"_s);
        setInList(root, u"measures"_s, 0, u"title"_s, 12);
        appendToList(root, u"clients"_s, QJsonObject{{u"id"_s, 4}, {u"naam"_s, u"X"_s}});
    });
    // The misspelt name is unknown, and the client has no legal name: both are news.
    CHECK(issues == QList<JsonIssue>{{u"$.activities[0].purposes"_s, messages::expectedList()},
                                     {u"$.measures[0].title"_s, messages::expectedText()},
                                     {u"$.clients[1].naam"_s, messages::unknownField()},
                                     {u"$.clients[1].legalName"_s,
                                      QCoreApplication::translate("Validation", "Required.")}});
}

TEST_CASE("One bad record fails the whole import", "[json][document]")
{
    RegisterDocument document = fullDocument();
    document.breaches[0].apNotifications.clear(); // notified, but no report listed
    RegisterDocument out;
    QList<JsonIssue> issues;
    CHECK_FALSE(parseRegisterDocument(exportBytes(document), out, issues));
    CHECK(pathsOf(issues) == QStringList{u"$.breaches[0].apNotifications"_s});
}

TEST_CASE("Version 4's fields: an older document cannot hold them", "[json][document]")
{
    RegisterDocument older = asVersion3();
    older.agreements = fullDocument().agreements;
    older.measures = fullDocument().measures;
    older.subProcessors = fullDocument().subProcessors;
    const QList<JsonIssue> issues =
        issuesAfter(older, [](QJsonObject& root) { root.insert(u"formatVersion"_s, 3); });
    CHECK(pathsOf(issues) ==
          QStringList{u"$.agreements[0].mainAgreementName"_s,
                      u"$.agreements[0].mainAgreementDate"_s,
                      u"$.agreements[0].insuranceCoverCents"_s, u"$.agreements[0].signedContent"_s,
                      u"$.agreements[0].liabilityCap.perEventCents"_s,
                      u"$.agreements[0].liabilityCap.perYearCents"_s,
                      u"$.agreements[0].liabilityCap.formerText"_s, u"$.measures[0].plannedDate"_s,
                      u"$.subProcessors[0].transferAssessmentDate"_s,
                      u"$.subProcessors[0].transferAssessmentSummary"_s});
}

TEST_CASE("Version 3's one liability amount is read as the cap per event, its words as before",
          "[json][document]")
{
    const RegisterDocument document = asVersion3();
    QJsonObject root = pr::core::json::toJsonDocument(document).object();
    root.insert(u"formatVersion"_s, 3);
    withVersion3Keys(root);
    RegisterDocument back;
    QList<JsonIssue> issues;
    CHECK(parseRegisterDocument(QJsonDocument(root).toJson(), back, issues));
    INFO(describe(issues));
    REQUIRE(back.agreements.size() == 1);
    CHECK(back.agreements[0].liabilityCap == document.agreements[0].liabilityCap);
    CHECK(back.agreements == document.agreements);
}
