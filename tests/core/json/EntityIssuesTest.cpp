#include "JsonTestSupport.h"
#include "core/json/JsonMessages.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace pr::core;
using namespace pr::core::json;
using pr::test::issuesReading;
using pr::test::objectFrom;

namespace {

QList<JsonIssue> expected(std::initializer_list<std::pair<const char*, QString>> issues)
{
    QList<JsonIssue> list;
    for (const auto& [path, message] : issues) {
        list.append(JsonIssue{QString::fromUtf8(path), message});
    }
    return list;
}

} // namespace

TEST_CASE("A field of the wrong type is reported at its path", "[json][issues]")
{
    CHECK(issuesReading<Client>(objectFrom(R"({"id": 1, "legalName": 5})")) ==
          expected({{"$.x.legalName", messages::expectedText()}}));
    CHECK(issuesReading<Client>(objectFrom(R"({"id": "1"})")) ==
          expected({{"$.x.id", messages::expectedWholeNumber()}}));
    CHECK(issuesReading<Client>(objectFrom(R"({"id": 1.5})")) ==
          expected({{"$.x.id", messages::expectedWholeNumber()}}));
    CHECK(issuesReading<SubProcessor>(objectFrom(R"({"id": 1, "insideEea": "ja"})")) ==
          expected({{"$.x.insideEea", messages::expectedBoolean()}}));
    CHECK(issuesReading<SubProcessor>(
              objectFrom(R"({"id": 1, "insideEea": true, "activityIds": [4, "5", 6.5]})")) ==
          expected({{"$.x.activityIds[1]", messages::expectedWholeNumber()},
                    {"$.x.activityIds[2]", messages::expectedWholeNumber()}}));
    CHECK(issuesReading<Agreement>(objectFrom(
              R"({"id": 1, "clientId": 2, "breachNotificationHours": 3000000000,
                  "changeNoticeDays": 1, "returnDeletionDays": 1, "signingState": "draft"})")) ==
          expected({{"$.x.breachNotificationHours", messages::outOfRange()}}));
    CHECK(issuesReading<Client>(objectFrom(R"({"id": 1, "city": null})")) ==
          expected({{"$.x.city", messages::nullValue()}}));
    // Nested: the path goes down to the item.
    CHECK(issuesReading<ProcessingActivity>(objectFrom(
              R"({"id": 1, "role": "controller", "source": "data-subject",
                  "retention": {"kind": "duration-of-agreement"},
                  "purposes": "Back-up",
                  "staffRoles": [{"role": "Beheer", "operations": ["inzien"]},
                                 {"role": "Helpdesk", "operations": ["inzien", 3]}, 7]})")) ==
          expected({{"$.x.purposes", messages::expectedList()},
                    {"$.x.staffRoles[1].operations[1]", messages::expectedText()},
                    {"$.x.staffRoles[2]", messages::expectedObject()}}));
}

TEST_CASE("Something that is not an object is one issue, not one per missing field",
          "[json][issues]")
{
    CHECK(issuesReading<Agreement>(QJsonValue(u"agreement"_s)) ==
          expected({{"$.x", messages::expectedObject()}}));
    CHECK(issuesReading<Agreement>(QJsonArray{}) ==
          expected({{"$.x", messages::expectedObject()}}));
}

TEST_CASE("Unknown fields are reported, at every level", "[json][issues]")
{
    CHECK(issuesReading<Client>(objectFrom(R"({"id": 1, "legalname": "X", "fax": "1"})")) ==
          expected({{"$.x.fax", messages::unknownField()},
                    {"$.x.legalname", messages::unknownField()}}));
    CHECK(issuesReading<ProcessingActivity>(objectFrom(
              R"({"id": 1, "role": "controller", "source": "data-subject",
                  "retention": {"kind": "fixed", "amount": 7, "unit": "years",
                                "trigger": "collection", "amout": 8},
                  "transfers": [{"recipient": "X", "land": "VS"}]})")) ==
          expected({{"$.x.retention.amout", messages::unknownField()},
                    {"$.x.transfers[0].land", messages::unknownField()}}));
    CHECK(issuesReading<Organisation>(
              objectFrom(R"({"id": 1, "privacyContact": {"isDpo": false, "mail": "a@b.nl"}})")) ==
          expected({{"$.x.privacyContact.mail", messages::unknownField()}}));
    CHECK(issuesReading<DataSubjectRequest>(objectFrom(
              R"({"id": 1, "right": "access", "channel": "email", "status": "received",
                  "extension": {"reden": "veel"}})")) ==
          expected({{"$.x.extension.reden", messages::unknownField()}}));
}

TEST_CASE("An unknown enum code is reported with the codes that are accepted", "[json][issues]")
{
    const QList<JsonIssue> issues = issuesReading<ProcessingActivity>(objectFrom(
        R"({"id": 1, "role": "boss", "source": "data-subject", "legalBasis": "A",
            "retention": {"kind": "fixed", "amount": 1, "unit": "decades", "trigger": "collection"},
            "specialCategories": ["health", "magic", "health"],
            "art9Exceptions": {"health": "z", "magic": "a"}})"));
    CHECK(pr::test::pathsOf(issues) ==
          QStringList{u"$.x.role"_s, u"$.x.legalBasis"_s, u"$.x.specialCategories[1]"_s,
                      u"$.x.specialCategories[2]"_s, u"$.x.art9Exceptions.health"_s,
                      u"$.x.art9Exceptions.magic"_s, u"$.x.retention.unit"_s});
    REQUIRE(issues.size() == 7);
    CHECK(issues[0].message == messages::unknownCode(u"boss"_s, {u"controller"_s, u"processor"_s}));
    CHECK(issues[1].message.contains(u"a, b, c, d, e, f"_s));
    CHECK(issues[3].message == messages::listedTwice());
    CHECK(issues[4].message.contains(u"\"z\""_s));
    CHECK(issues[5].message.contains(u"\"magic\""_s));
    CHECK(issues[6].message.contains(u"days, weeks, months, years"_s));
}

TEST_CASE("A bad date or date-time is reported", "[json][issues]")
{
    const char* dates = R"({"id": 1, "right": "access", "channel": "email", "status": "received",
        "receivedDate": "2026-02-30", "identityRequestedDate": "21-11-2026",
        "identityVerifiedDate": "2026-11-21T10:00:00Z", "idCopyDestroyedDate": "2026-1-5",
        "answeredDate": "2026-11-21"})";
    CHECK(issuesReading<DataSubjectRequest>(objectFrom(dates)) ==
          expected({{"$.x.receivedDate", messages::badDate()},
                    {"$.x.identityRequestedDate", messages::badDate()},
                    {"$.x.identityVerifiedDate", messages::badDate()},
                    {"$.x.idCopyDestroyedDate", messages::badDate()}}));

    // Without an offset a time means a different instant on every machine: refused.
    const char* times = R"({"id": 1, "discoveredAt": "2026-11-21T10:00:00",
        "clientNotifiedAt": "2026-11-21 10:00:00Z",
        "apNotifications": [{"phase": "initial", "at": "2026-11-21T25:00:00Z"},
                            {"phase": "follow-up", "at": "2026-11-21T10:00:00.5+01:00"}]})";
    CHECK(issuesReading<Breach>(objectFrom(times)) ==
          expected({{"$.x.discoveredAt", messages::badDateTime()},
                    {"$.x.apNotifications[0].at", messages::badDateTime()},
                    {"$.x.clientNotifiedAt", messages::badDateTime()}}));
}

TEST_CASE("A missing required field is reported at its path", "[json][issues]")
{
    CHECK(issuesReading<Client>(QJsonObject{}) == expected({{"$.x.id", messages::missingField()}}));
    CHECK(issuesReading<ProcessingActivity>(
              objectFrom(R"({"id": 1, "retention": {"kind": "fixed", "unit": "days"}})")) ==
          expected({{"$.x.role", messages::missingField()},
                    {"$.x.retention.amount", messages::missingField()},
                    {"$.x.retention.trigger", messages::missingField()},
                    {"$.x.source", messages::missingField()}}));
    CHECK(issuesReading<Organisation>(objectFrom(R"({"id": 1, "privacyContact": {}})")) ==
          expected({{"$.x.privacyContact.isDpo", messages::missingField()}}));
    CHECK(issuesReading<Agreement>(objectFrom(R"({"id": 1, "liabilityCap": {"text": "x"}})")) ==
          expected({{"$.x.clientId", messages::missingField()},
                    {"$.x.breachNotificationHours", messages::missingField()},
                    {"$.x.liabilityCap.currency", messages::missingField()},
                    {"$.x.changeNoticeDays", messages::missingField()},
                    {"$.x.returnDeletionDays", messages::missingField()},
                    {"$.x.signingState", messages::missingField()}}));
    CHECK(issuesReading<AuditEntry>(objectFrom(R"({"id": 1, "changes": [{"field": "x"}]})")) ==
          expected({{"$.x.entity", messages::missingField()},
                    {"$.x.entityId", messages::missingField()},
                    {"$.x.action", messages::missingField()}}));
}

TEST_CASE("Bad base64 and bad hex are reported", "[json][issues]")
{
    CHECK(issuesReading<Organisation>(objectFrom(R"({"id": 1, "logoPng": "iVBOR*w0K"})")) ==
          expected({{"$.x.logoPng", messages::badBase64()}}));
    CHECK(issuesReading<AuditEntry>(objectFrom(
              R"({"id": 1, "entity": "client", "entityId": 2, "action": "insert",
                  "hash": "abc", "previousHash": "zz"})")) ==
          expected({{"$.x.previousHash", messages::badHex()}, {"$.x.hash", messages::badHex()}}));
}

TEST_CASE("Every problem of a record is reported at once, and reading goes on after each",
          "[json][issues]")
{
    DataSubjectRequest out;
    QList<JsonIssue> issues;
    CHECK_FALSE(fromJson(objectFrom(R"({"id": "7", "requesterName": "A. B.", "right": "forget",
        "channel": "email", "status": "received", "receivedDate": "gisteren", "extra": 1})"),
                         u"$.requests[4]"_s, out, issues));
    CHECK(pr::test::pathsOf(issues) == QStringList{u"$.requests[4].id"_s, u"$.requests[4].right"_s,
                                                   u"$.requests[4].receivedDate"_s,
                                                   u"$.requests[4].extra"_s});
    // What could be read was read.
    CHECK(out.requesterName == u"A. B."_s);
    CHECK(out.channel == RequestChannel::Email);
}
