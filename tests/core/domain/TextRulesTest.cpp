#include "core/domain/validation/TextRules.h"

#include "core/domain/Client.h"
#include "core/domain/validation/ClientValidation.h"
#include "core/json/DuplicateKeys.h"

#include <catch2/catch.hpp>

using namespace pr::core;
using validation::kMaxLongTextLength;
using validation::kMaxShortTextLength;
using validation::textProblem;

namespace {
bool reports(const QList<ValidationIssue>& issues, const QString& field)
{
    return std::any_of(issues.begin(), issues.end(),
                       [&](const ValidationIssue& issue) { return issue.field == field; });
}
} // namespace

TEST_CASE("A text may be as long as its field allows, not longer", "[validation][text]")
{
    CHECK(textProblem(QString(kMaxShortTextLength, u'a'), kMaxShortTextLength).isEmpty());
    CHECK(textProblem(QString(kMaxShortTextLength + 1, u'a'), kMaxShortTextLength)
              .contains(QStringLiteral("at most")));
    CHECK(validation::maxLengthOf(QStringLiteral("legalName")) == kMaxShortTextLength);
    CHECK(validation::maxLengthOf(QStringLiteral("contactEmail")) == kMaxShortTextLength);
    CHECK(validation::maxLengthOf(QStringLiteral("description")) == kMaxLongTextLength);
}

TEST_CASE("Line breaks, tabs, accents and emoji are text; control and bidi characters are not",
          "[validation][text]")
{
    CHECK(textProblem(QStringLiteral("Regel 1\nRegel 2\tcafé 😀"), 100).isEmpty());
    CHECK(textProblem(QStringLiteral("\u200Fmark"), 100).isEmpty()); // RLM only nudges
    CHECK_FALSE(textProblem(QStringLiteral("a") + QChar(u'\0'), 100).isEmpty());
    CHECK_FALSE(textProblem(QStringLiteral("a\u001B[31m"), 100).isEmpty());
    CHECK_FALSE(textProblem(QStringLiteral("a\u0085"), 100).isEmpty());
    CHECK_FALSE(textProblem(QStringLiteral("gpj.\u202Eexe"), 100).isEmpty());
    CHECK_FALSE(textProblem(QStringLiteral("x\u2066y\u2069"), 100).isEmpty());
    CHECK_FALSE(textProblem(QStringLiteral("a") + QChar(u'\xD800'), 100).isEmpty());
    CHECK_FALSE(textProblem(QChar(u'\xDC00') + QStringLiteral("a"), 100).isEmpty());
}

TEST_CASE("Every text field of a record is held to the rule by its validation",
          "[validation][text]")
{
    Client client;
    client.legalName = QStringLiteral("Klant B.V.");
    CHECK(validate(client).isEmpty());
    client.city = QString(kMaxShortTextLength + 1, u'x');
    client.representativeFunction = QStringLiteral("Directeur\u202E");
    client.privacyContact.name = QStringLiteral("A") + QChar(u'\0');
    const QList<ValidationIssue> issues = validate(client);
    CHECK(reports(issues, QStringLiteral("city")));
    CHECK(reports(issues, QStringLiteral("representativeFunction")));
    CHECK(reports(issues, QStringLiteral("privacyContact.name")));
}

TEST_CASE("A key given twice in one object is found, wherever it is", "[json][import]")
{
    using json::findDuplicateKeys;
    CHECK(findDuplicateKeys(R"({"a": 1, "b": {"a": 2}, "c": [{"a": 1}, {"a": 2}]})").isEmpty());
    const auto top = findDuplicateKeys(R"({"a": 1, "a": 2})");
    REQUIRE(top.size() == 1);
    CHECK(top.first().path == QStringLiteral("$.a"));
    const auto nested = findDuplicateKeys(R"({"list": [{"x": 1}, {"y": "}", "y": 2}]})");
    REQUIRE(nested.size() == 1);
    CHECK(nested.first().path == QStringLiteral("$.list[1].y"));
    // An escape spells the same key differently.
    CHECK(findDuplicateKeys(R"({"name": 1, "n\u0061me": 2})").size() == 1);
}
