// Privacy of the requester: closed requests past their retention period are flagged, and
// anonymising them removes the person and the free text but keeps the statistics.

#include "core/workflow/RequestRetention.h"

#include "../calendar/DateStringMakers.h"
#include "../domain/ValidationTestSupport.h"
#include "core/domain/validation/DataSubjectRequestValidation.h"
#include "core/settings/AppSettings.h"
#include "core/workflow/RequestAnonymiser.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::core::DataSubjectRequest;
using pr::core::Period;
using pr::core::RequestAnonymiser;
using pr::core::RequestRetention;
using pr::core::RequestStatus;
using pr::test::fieldsOf;

namespace {

const Period kTwoYears{24, Period::Unit::Months};

DataSubjectRequest answered()
{
    DataSubjectRequest request;
    request.id = 1;
    request.reference = u"VZ-2026-01"_s;
    request.requesterName = u"A. Koster"_s;
    request.requesterContact = u"a.koster@example.nl"_s;
    request.right = pr::core::DataSubjectRight::Access;
    request.channel = pr::core::RequestChannel::Letter;
    request.receivedDate = QDate(2026, 7, 6);
    request.identityRequestedDate = QDate(2026, 7, 6);
    request.identityVerifiedDate = QDate(2026, 7, 8);
    request.idCopyDestroyedDate = QDate(2026, 7, 8);
    request.clientId = 2;
    request.clientInformedDate = QDate(2026, 7, 7);
    request.extension =
        pr::core::RequestExtension{QDate(2026, 7, 20), u"Koster heeft 3 dossiers"_s};
    request.status = RequestStatus::Answered;
    request.answeredDate = QDate(2026, 7, 24);
    request.outcome = u"Overzicht aan A. Koster gestuurd"_s;
    return request;
}

} // namespace

TEST_CASE("A request closes on its answer date; an open one has no end", "[workflow][retention]")
{
    CHECK(RequestRetention::closedOn(answered()) == QDate(2026, 7, 24));

    DataSubjectRequest open = answered();
    open.status = RequestStatus::InProgress;
    open.answeredDate = QDate();
    CHECK_FALSE(RequestRetention::closedOn(open).isValid());
    CHECK_FALSE(RequestRetention::isDue(open, kTwoYears, QDate(2040, 1, 1)));

    // A withdrawal recorded without a date (older data) closes on its latest date.
    DataSubjectRequest withdrawn = answered();
    withdrawn.status = RequestStatus::Withdrawn;
    withdrawn.answeredDate = QDate();
    CHECK(RequestRetention::closedOn(withdrawn) == QDate(2026, 7, 20));
}

TEST_CASE("A closed request is flagged from the day its retention period ends",
          "[workflow][retention]")
{
    const DataSubjectRequest request = answered();
    CHECK(RequestRetention::anonymiseFrom(request, kTwoYears) == QDate(2028, 7, 24));
    CHECK_FALSE(RequestRetention::isDue(request, kTwoYears, QDate(2028, 7, 23)));
    CHECK(RequestRetention::isDue(request, kTwoYears, QDate(2028, 7, 24)));
    CHECK_FALSE(
        RequestRetention::isDue(request, Period{36, Period::Unit::Months}, QDate(2028, 7, 24)));

    DataSubjectRequest open = answered();
    open.id = 2;
    open.status = RequestStatus::InProgress;
    open.answeredDate = QDate();
    const QList<DataSubjectRequest> due =
        RequestRetention::due({request, open}, kTwoYears, QDate(2030, 1, 1));
    REQUIRE(due.size() == 1);
    CHECK(due.first().id == 1);

    // Once anonymised it is no longer flagged.
    CHECK_FALSE(RequestRetention::isDue(RequestAnonymiser::anonymised(request), kTwoYears,
                                        QDate(2030, 1, 1)));
}

TEST_CASE("Anonymising removes the person and the free text and keeps the statistics",
          "[workflow][retention]")
{
    DataSubjectRequest refused = answered();
    refused.status = RequestStatus::Refused;
    refused.refusalReason = u"A. Koster kon zich niet identificeren"_s;

    for (const DataSubjectRequest& before : {answered(), refused}) {
        const DataSubjectRequest after = RequestAnonymiser::anonymised(before);
        // Nothing of the person is left in any text.
        for (const QString& text :
             {after.requesterName, after.requesterContact, after.outcome, after.refusalReason,
              after.extension->reason, after.reference}) {
            CHECK_FALSE(text.contains(u"Koster"_s));
            CHECK_FALSE(text.contains(u"example.nl"_s));
        }
        CHECK(after.requesterContact.isEmpty());
        CHECK(after.requesterName == RequestAnonymiser::kRedacted);

        // What the statistics and the proof of timely handling need stays.
        DataSubjectRequest kept = before;
        kept.requesterName = after.requesterName;
        kept.requesterContact = after.requesterContact;
        kept.outcome = after.outcome;
        kept.refusalReason = after.refusalReason;
        kept.extension->reason = after.extension->reason;
        CHECK(after == kept);

        // Still a record storage and import accept: required texts are not left empty.
        CHECK(fieldsOf(validate(after)).isEmpty());
        CHECK(RequestAnonymiser::isAnonymised(after));
        CHECK_FALSE(RequestAnonymiser::isAnonymised(before));
        CHECK(RequestAnonymiser::anonymised(after) == after);
    }
}

TEST_CASE("An empty free text stays empty when anonymised", "[workflow][retention]")
{
    DataSubjectRequest request = answered();
    request.outcome.clear();
    request.extension.reset();
    const DataSubjectRequest after = RequestAnonymiser::anonymised(request);
    CHECK(after.outcome.isEmpty());
    CHECK_FALSE(after.extension.has_value());
    CHECK(after.refusalReason.isEmpty());
}

TEST_CASE("The retention period is a setting, two years by default", "[workflow][retention]")
{
    const QTemporaryDir dir;
    const QString file = dir.filePath(u"settings.ini"_s);
    {
        pr::core::AppSettings settings(file);
        CHECK(settings.requestRetentionPeriod() == kTwoYears);
        settings.setRequestRetentionPeriod(Period{18, Period::Unit::Months});
        // An invalid period is not stored.
        settings.setRequestRetentionPeriod(Period{0, Period::Unit::Months});
        settings.sync();
    }
    CHECK(pr::core::AppSettings(file).requestRetentionPeriod() == Period{18, Period::Unit::Months});
}
