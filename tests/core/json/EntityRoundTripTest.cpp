#include "JsonTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace pr::core;
using namespace pr::core::json;
using pr::test::describe;

namespace {

QByteArray bytesOf(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// VALUE survives toJson() and fromJson() unchanged, and writing it again gives the same text.
template <typename T>
void checkRoundTrip(const T& value)
{
    const QJsonObject json = toJson(value);
    T back;
    QList<JsonIssue> issues;
    CHECK(fromJson(json, u"$"_s, back, issues));
    INFO(describe(issues));
    CHECK(issues.isEmpty());
    CHECK(back == value);
    CHECK(bytesOf(toJson(back)) == bytesOf(json));
}

QStringList keysOf(const QJsonObject& object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList keys)
{
    keys.sort();
    return keys;
}

} // namespace

TEST_CASE("Every entity with every field set survives the round trip", "[json]")
{
    checkRoundTrip(pr::test::fullOrganisation());
    checkRoundTrip(pr::test::fullActivity());
    checkRoundTrip(pr::test::fullMeasure());
    checkRoundTrip(pr::test::fullSubProcessor());
    checkRoundTrip(pr::test::fullClient());
    checkRoundTrip(pr::test::fullAgreement());
    checkRoundTrip(pr::test::fullRequest());
    checkRoundTrip(pr::test::fullBreach());
    checkRoundTrip(pr::test::fullAuditEntry());
    checkRoundTrip(pr::test::fullNotice());
}

TEST_CASE("New records survive the round trip and write only the required fields", "[json]")
{
    checkRoundTrip(Organisation{});
    checkRoundTrip(ProcessingActivity{});
    checkRoundTrip(SecurityMeasure{});
    checkRoundTrip(SubProcessor{});
    checkRoundTrip(Client{});
    checkRoundTrip(Agreement{});
    checkRoundTrip(DataSubjectRequest{});
    checkRoundTrip(Breach{});
    checkRoundTrip(AuditEntry{});

    // What a new record writes is exactly what reading requires (docs/json-format.md).
    CHECK(keysOf(toJson(Organisation{})) == QStringList{u"id"_s});
    CHECK(keysOf(toJson(ProcessingActivity{})) ==
          sorted({u"id"_s, u"role"_s, u"retention"_s, u"source"_s}));
    CHECK(toJson(ProcessingActivity{}).value(u"retention"_s).toObject() ==
          QJsonObject{{u"kind"_s, u"unspecified"_s}});
    CHECK(keysOf(toJson(SecurityMeasure{})) == sorted({u"id"_s, u"category"_s, u"status"_s}));
    CHECK(keysOf(toJson(SubProcessor{})) == sorted({u"id"_s, u"insideEea"_s}));
    CHECK(keysOf(toJson(Client{})) == QStringList{u"id"_s});
    CHECK(keysOf(toJson(Agreement{})) ==
          sorted({u"id"_s, u"clientId"_s, u"breachNotificationHours"_s, u"changeNoticeDays"_s,
                  u"returnDeletionDays"_s, u"signingState"_s}));
    CHECK(keysOf(toJson(DataSubjectRequest{})) ==
          sorted({u"id"_s, u"right"_s, u"channel"_s, u"status"_s}));
    CHECK(keysOf(toJson(Breach{})) == QStringList{u"id"_s});
    CHECK(keysOf(toJson(AuditEntry{})) ==
          sorted({u"id"_s, u"entity"_s, u"entityId"_s, u"action"_s}));
}

TEST_CASE("Fields that hold nothing are left out, fields that hold a value are not", "[json]")
{
    SECTION("a client id of 0 means none and is left out; an agreement always has its client")
    {
        CHECK_FALSE(toJson(DataSubjectRequest{}).contains(u"clientId"_s));
        CHECK_FALSE(toJson(Breach{}).contains(u"clientId"_s));
        CHECK(toJson(Agreement{}).value(u"clientId"_s).toInteger() == 0);
    }
    SECTION("an undecided question is left out, a decided one is written either way")
    {
        Breach breach;
        CHECK_FALSE(toJson(breach).contains(u"apNotified"_s));
        breach.apNotified = false;
        breach.subjectsInformed = false;
        CHECK(toJson(breach).value(u"apNotified"_s) == QJsonValue(false));
        CHECK(toJson(breach).value(u"subjectsInformed"_s) == QJsonValue(false));
        checkRoundTrip(breach);
    }
    SECTION("an unset legal basis is left out")
    {
        ProcessingActivity activity = pr::test::fullActivity();
        activity.legalBasis.reset();
        CHECK_FALSE(toJson(activity).contains(u"legalBasis"_s));
        checkRoundTrip(activity);
    }
    SECTION("an extension that is set is written even while it is still empty")
    {
        DataSubjectRequest request;
        request.extension = RequestExtension{};
        CHECK(toJson(request).value(u"extension"_s).toObject().isEmpty());
        CHECK(toJson(request).contains(u"extension"_s));
        checkRoundTrip(request);
    }
    SECTION("the PDFs of an agreement are left out while empty, each on its own")
    {
        Agreement agreement = pr::test::fullAgreement();
        agreement.firmSignedPdf.clear();
        CHECK_FALSE(toJson(agreement).contains(u"firmSignedPdf"_s));
        CHECK(toJson(agreement).contains(u"signedPdf"_s));
        checkRoundTrip(agreement);
        agreement.firmSignedPdf = pr::test::fullAgreement().firmSignedPdf;
        agreement.signedPdf.clear();
        CHECK(toJson(agreement).contains(u"firmSignedPdf"_s));
        CHECK_FALSE(toJson(agreement).contains(u"signedPdf"_s));
        checkRoundTrip(agreement);
    }
    SECTION("a block at its defaults is left out; a changed one is written whole")
    {
        Agreement agreement;
        CHECK_FALSE(toJson(agreement).contains(u"firmSignatory"_s));
        CHECK_FALSE(toJson(agreement).contains(u"liabilityCap"_s));
        agreement.liabilityCap.currency.clear();
        CHECK(toJson(agreement).value(u"liabilityCap"_s).toObject() ==
              QJsonObject{{u"currency"_s, u""_s}});
        checkRoundTrip(agreement);

        Organisation organisation;
        organisation.privacyContact.name = u"B. Bakker"_s;
        CHECK(toJson(organisation).value(u"privacyContact"_s).toObject() ==
              QJsonObject{{u"name"_s, u"B. Bakker"_s}, {u"isDpo"_s, false}});
        checkRoundTrip(organisation);
    }
    SECTION("a retention period writes its amount, unit and trigger when fixed")
    {
        ProcessingActivity activity;
        activity.retention.kind = RetentionKind::Fixed;
        activity.retention.amount = 7;
        activity.retention.unit = RetentionUnit::Years;
        activity.retention.trigger = RetentionTrigger::EndOfFinancialYear;
        CHECK(toJson(activity).value(u"retention"_s).toObject() ==
              QJsonObject{{u"kind"_s, u"fixed"_s},
                          {u"amount"_s, 7},
                          {u"unit"_s, u"years"_s},
                          {u"trigger"_s, u"end-of-financial-year"_s}});
        checkRoundTrip(activity);

        // A value left behind in a period of another kind is not lost.
        activity.retention.kind = RetentionKind::DurationOfAgreement;
        activity.retention.unit = RetentionUnit::Months;
        activity.retention.trigger = RetentionTrigger::Collection;
        CHECK(toJson(activity).value(u"retention"_s).toObject() ==
              QJsonObject{{u"kind"_s, u"duration-of-agreement"_s}, {u"amount"_s, 7}});
        checkRoundTrip(activity);
    }
}

TEST_CASE("Lists keep their order", "[json]")
{
    ProcessingActivity activity = pr::test::fullActivity();
    activity.purposes = {u"z"_s, u"a"_s, u"m"_s};
    activity.clientIds = {9, 2, 5};
    const QJsonObject json = toJson(activity);
    CHECK(json.value(u"purposes"_s).toArray() ==
          QJsonArray{QJsonValue(u"z"_s), QJsonValue(u"a"_s), QJsonValue(u"m"_s)});
    CHECK(json.value(u"clientIds"_s).toArray() == QJsonArray{9, 2, 5});
    checkRoundTrip(activity);
}

TEST_CASE("Dates, date-times, binary data and hashes have one spelling", "[json]")
{
    const QJsonObject measure = toJson(pr::test::fullMeasure());
    CHECK(measure.value(u"lastReviewDate"_s).toString() == u"2026-06-30"_s);

    const QJsonObject breach = toJson(pr::test::fullBreach());
    CHECK(breach.value(u"discoveredAt"_s).toString() == u"2026-05-04T09:15:00+02:00"_s);
    const QJsonArray reports = breach.value(u"apNotifications"_s).toArray();
    CHECK(reports[0].toObject().value(u"at"_s).toString() == u"2026-05-05T10:00:00Z"_s);
    // Milliseconds only when there are any.
    CHECK(reports[1].toObject().value(u"at"_s).toString() == u"2026-05-12T08:30:00.250Z"_s);

    // A local time is written with its offset, so that it means the same instant anywhere.
    Breach local;
    local.discoveredAt = QDateTime(QDate(2026, 1, 10), QTime(8, 0));
    const QString written = toJson(local).value(u"discoveredAt"_s).toString();
    CHECK((written.endsWith(u'Z') || written.contains(u'+') || written.lastIndexOf(u'-') > 10));
    checkRoundTrip(local);

    Organisation organisation;
    organisation.logoPng = QByteArray("\x89PNG\r\n\x1a\n", 8);
    CHECK(toJson(organisation).value(u"logoPng"_s).toString() == u"iVBORw0KGgo="_s);

    Agreement agreement;
    agreement.firmSignedPdf = QByteArray("%PDF-", 5);
    CHECK(toJson(agreement).value(u"firmSignedPdf"_s).toString() == u"JVBERi0="_s);

    AuditEntry entry;
    entry.hash = QByteArray::fromHex("00ff10");
    CHECK(toJson(entry).value(u"hash"_s).toString() == u"00ff10"_s);
}
