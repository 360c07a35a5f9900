// The facts of the AP's breach form came with format version 5: a document of version 4 reads
// its breaches as before, and one that holds a version 5 field is refused at its path.

#include "JsonTestSupport.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::core::json::JsonIssue;
using pr::core::json::RegisterDocument;
using pr::test::issuesAfter;
using pr::test::pathsOf;

TEST_CASE("A version 4 document reads its breaches with the new facts unknown", "[json][breach]")
{
    const RegisterDocument older = pr::test::asVersion4();
    const QList<JsonIssue> issues =
        issuesAfter(older, [](QJsonObject& root) { root.insert(u"formatVersion"_s, 4); });
    INFO(pr::test::describe(issues));
    CHECK(issues.isEmpty());
}

TEST_CASE("A version 4 document cannot hold the facts of the AP's form", "[json][breach]")
{
    const RegisterDocument document = pr::test::fullDocument();
    const QList<JsonIssue> issues =
        issuesAfter(document, [](QJsonObject& root) { root.insert(u"formatVersion"_s, 4); });
    const QStringList paths = pathsOf(issues);
    CHECK(paths.contains(u"$.breaches[0].risk"_s));
    CHECK(paths.contains(u"$.breaches[0].natures"_s));
    CHECK(paths.contains(u"$.breaches[0].startedAt"_s));
    CHECK(paths.contains(u"$.breaches[0].subjectsNotInformedGround"_s));
}
