// Format version 4: an activity's privacy statements, further legal bases and national-law
// grounds, and the organisation's statement facts; documents of versions 1 to 3 read with the
// one statement they had, which is the customers' statement of every controller activity.

#include "JsonTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace pr::core;
using namespace pr::core::json;
using pr::test::describe;

namespace {

ProcessingActivity read(const QJsonObject& json)
{
    ProcessingActivity activity;
    QList<JsonIssue> issues;
    CHECK(fromJson(json, u"$"_s, activity, issues));
    INFO(describe(issues));
    CHECK(issues.isEmpty());
    return activity;
}

} // namespace

TEST_CASE("A document before version 4 reads as its one statement: the customers'",
          "[json][statement]")
{
    const RegisterDocument document = pr::test::asVersion3();
    QJsonObject root = toJsonDocument(document).object();
    root.insert(u"formatVersion"_s, 3);
    pr::test::withVersion3Keys(root);
    RegisterDocument parsed;
    QList<JsonIssue> issues;
    CHECK(parseRegisterDocument(QJsonDocument(root).toJson(), parsed, issues));
    INFO(describe(issues));
    REQUIRE(parsed.activities.size() == 2);
    CHECK(parsed.activities[0].role == ProcessingRole::Processor);
    CHECK(parsed.activities[0].audiences == StatementAudiences());
    CHECK(parsed.activities[1].role == ProcessingRole::Controller);
    CHECK(parsed.activities[1].audiences == StatementAudiences(StatementAudience::Customers));

    // In version 4 an activity without audiences is in no statement.
    root.insert(u"formatVersion"_s, 4);
    CHECK(parseRegisterDocument(QJsonDocument(root).toJson(), parsed, issues));
    CHECK(parsed.activities[1].audiences == StatementAudiences());
}

TEST_CASE("Audiences are written as codes and read back", "[json][statement]")
{
    ProcessingActivity activity = pr::test::fullActivity();
    activity.role = ProcessingRole::Controller;
    // Assigned, not cleared: see fullDocument() (UBSan and a cleared QList's storage).
    activity.clientIds = {};
    activity.clientScopes = {};
    activity.audiences = StatementAudience::Staff | StatementAudience::Applicants;
    const QJsonObject json = toJson(activity);
    CHECK(json.value(u"audiences"_s).toArray() == QJsonArray{u"staff"_s, u"applicants"_s});
    CHECK(json.value(u"furtherLegalBases"_s).toArray() == QJsonArray{u"c"_s});
    CHECK(json.value(u"nationalGrounds"_s).toObject().value(u"health"_s).toString() ==
          u"artikel 30, eerste lid, UAVG"_s);
    CHECK(read(json) == activity);

    // In no statement: nothing written, nothing read.
    activity.audiences = {};
    CHECK_FALSE(toJson(activity).contains(u"audiences"_s));
    CHECK(read(toJson(activity)) == activity);
}

TEST_CASE("An unknown audience or a repeated basis is reported at its index", "[json][statement]")
{
    QJsonObject json = toJson(pr::test::fullActivity());
    json.insert(u"audiences"_s, QJsonArray{u"staff"_s, u"klanten"_s});
    json.insert(u"furtherLegalBases"_s, QJsonArray{u"c"_s, u"c"_s});
    ProcessingActivity activity;
    QList<JsonIssue> issues;
    CHECK_FALSE(fromJson(json, u"$"_s, activity, issues));
    CHECK(pr::test::pathsOf(issues) ==
          QStringList{u"$.audiences[1]"_s, u"$.furtherLegalBases[1]"_s});
}

TEST_CASE("The organisation's cookies and statement facts round-trip", "[json][statement]")
{
    const Organisation organisation = pr::test::fullOrganisation();
    const QJsonObject json = toJson(organisation);
    const QJsonObject statement = json.value(u"statement"_s).toObject();
    const QJsonObject cookie = statement.value(u"cookies"_s).toArray().first().toObject();
    CHECK(cookie.value(u"party"_s).toString() == u"third"_s);
    CHECK(cookie.value(u"kind"_s).toString() == u"consent"_s);
    Organisation back;
    QList<JsonIssue> issues;
    CHECK(fromJson(json, u"$"_s, back, issues));
    INFO(describe(issues));
    CHECK(back == organisation);

    // Nothing recorded: nothing written, as in versions 1 to 3.
    CHECK_FALSE(toJson(Organisation{}).contains(u"statement"_s));
}

TEST_CASE("The statement fields came with version 4: an older document cannot hold them",
          "[json][statement]")
{
    const RegisterDocument document = pr::test::fullDocument();
    for (const int version : {1, 2, 3}) {
        INFO("format version " << version);
        const QStringList paths = pr::test::pathsOf(pr::test::issuesAfter(
            document, [version](QJsonObject& root) { root.insert(u"formatVersion"_s, version); }));
        CHECK(paths.contains(u"$.organisation.statement"_s));
        CHECK(paths.contains(u"$.activities[0].furtherLegalBases"_s));
        CHECK(paths.contains(u"$.activities[0].nationalGrounds"_s));
    }
    CHECK(pr::test::issuesAfter(document, [](QJsonObject&) {}).isEmpty());
}
