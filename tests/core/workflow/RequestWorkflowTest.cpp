// The request state machine: which steps each stage allows, what a step records, and the rules
// on dates, extensions and requests about a client's data.

#include "core/workflow/RequestWorkflow.h"

#include "../calendar/DateStringMakers.h"
#include "../domain/ValidationTestSupport.h"
#include "core/domain/validation/DataSubjectRequestValidation.h"

#include <catch2/catch.hpp>

#include <map>

using namespace Qt::StringLiterals;
using pr::core::DataSubjectRequest;
using pr::core::FixedClock;
using pr::core::RequestStage;
using pr::core::RequestStatus;
using pr::core::RequestStepDetails;
using pr::core::RequestWorkflow;
using pr::test::fieldsOf;
using T = pr::core::RequestStep;

namespace {

// Far from the real date on purpose: a workflow that read the system clock instead of the
// injected one would call every step "in the future" or accept dates after "today".
// Received Thursday 31 January 2030: the first month, and with it the last day to announce an
// extension, ends on Thursday 28 February 2030.
const QDate kReceived(2030, 1, 31);
const QDate kToday(2030, 2, 15);

FixedClock clockOn(QDate today)
{
    return FixedClock(QDateTime(today, QTime(12, 0)));
}

DataSubjectRequest atStage(RequestStage stage)
{
    DataSubjectRequest request;
    request.id = 7;
    request.reference = u"R-2030-007"_s;
    request.requesterName = u"P. Smit"_s;
    request.receivedDate = kReceived;
    switch (stage) {
    case RequestStage::Received:
        request.status = RequestStatus::Received;
        break;
    case RequestStage::IdentityRequested:
        request.status = RequestStatus::AwaitingIdentity;
        request.identityRequestedDate = kReceived.addDays(1);
        break;
    case RequestStage::IdentityVerified:
        request.status = RequestStatus::Received;
        request.identityRequestedDate = kReceived.addDays(1);
        request.identityVerifiedDate = kReceived.addDays(2);
        request.idCopyDestroyedDate = kReceived.addDays(2);
        break;
    case RequestStage::InProgress:
        request.status = RequestStatus::InProgress;
        break;
    case RequestStage::Answered:
        request.status = RequestStatus::Answered;
        request.answeredDate = kReceived.addDays(5);
        break;
    case RequestStage::Refused:
        request.status = RequestStatus::Refused;
        request.answeredDate = kReceived.addDays(5);
        request.refusalReason = u"Kennelijk ongegrond"_s;
        break;
    case RequestStage::Withdrawn:
        request.status = RequestStatus::Withdrawn;
        request.answeredDate = kReceived.addDays(5);
        break;
    }
    REQUIRE(pr::core::stageOf(request) == stage);
    return request;
}

// Everything any step may ask for, so that only the state machine decides.
const RequestStepDetails kFullDetails{u"Veel systemen te doorzoeken"_s,
                                      u"Inzage gegeven"_s,
                                      kToday,
                                      u"Onbekend e-mailadres"_s,
                                      u"Bevestiging vanaf het bekende adres"_s,
                                      pr::core::RefusalGround::ManifestlyUnfounded};

RequestStepDetails refusal(const QString& reason, const QString& outcome = {})
{
    RequestStepDetails details;
    details.reason = reason;
    details.outcome = outcome;
    details.refusalGround = pr::core::RefusalGround::ManifestlyUnfounded;
    return details;
}

} // namespace

TEST_CASE("Each stage allows exactly the steps of the state machine", "[workflow][request]")
{
    // Written out rather than taken from stepsFrom(): this is the specification.
    // InformClient is left out here: a request of the firm's own has no client (tested below).
    const std::map<RequestStage, std::map<T, RequestStage>> allowed{
        {RequestStage::Received,
         {{T::RequestIdentity, RequestStage::IdentityRequested},
          {T::Start, RequestStage::InProgress},
          {T::Extend, RequestStage::Received},
          {T::Refuse, RequestStage::Refused},
          {T::Withdraw, RequestStage::Withdrawn}}},
        {RequestStage::IdentityRequested,
         {{T::VerifyIdentity, RequestStage::IdentityVerified},
          {T::Extend, RequestStage::IdentityRequested},
          {T::Refuse, RequestStage::Refused},
          {T::Withdraw, RequestStage::Withdrawn}}},
        {RequestStage::IdentityVerified,
         {{T::Start, RequestStage::InProgress},
          {T::Extend, RequestStage::IdentityVerified},
          {T::Refuse, RequestStage::Refused},
          {T::Withdraw, RequestStage::Withdrawn}}},
        {RequestStage::InProgress,
         {{T::Extend, RequestStage::InProgress},
          {T::Answer, RequestStage::Answered},
          {T::Refuse, RequestStage::Refused},
          {T::Withdraw, RequestStage::Withdrawn}}},
        {RequestStage::Answered, {}},
        {RequestStage::Refused, {}},
        {RequestStage::Withdrawn, {}},
    };
    const FixedClock clock = clockOn(kToday);
    const RequestWorkflow workflow(clock);
    for (const auto& [stage, steps] : allowed) {
        for (const T step : pr::core::enumValues<T>()) {
            INFO("from " << pr::core::enumCode(stage).toStdString() << " by "
                         << pr::core::enumCode(step).toStdString());
            const auto result = workflow.apply(atStage(stage), step, kToday, kFullDetails);
            const auto expected = steps.find(step);
            REQUIRE(result.ok() == (expected != steps.end()));
            if (result.ok()) {
                CHECK(pr::core::stageOf(*result.record) == expected->second);
                CHECK(result.issues.isEmpty());
                CHECK(fieldsOf(validate(*result.record)).isEmpty());
            } else {
                CHECK_FALSE(result.issues.isEmpty());
                CHECK_FALSE(result.issues.first().message.isEmpty());
            }
        }
    }
}

TEST_CASE("An impossible step is refused with a reason on the status", "[workflow][request]")
{
    const FixedClock clock = clockOn(kToday);
    const RequestWorkflow workflow(clock);

    const auto answerUnstarted = workflow.apply(atStage(RequestStage::Received), T::Answer, kToday);
    REQUIRE_FALSE(answerUnstarted.ok());
    CHECK(fieldsOf(answerUnstarted.issues) == QStringList{u"status"_s});

    const auto reopen = workflow.apply(atStage(RequestStage::Answered), T::Start, kToday);
    REQUIRE_FALSE(reopen.ok());
    CHECK(fieldsOf(reopen.issues) == QStringList{u"status"_s});

    CHECK(RequestWorkflow::stepsFrom(RequestStage::Refused).isEmpty());
    CHECK(RequestWorkflow::possibleSteps(atStage(RequestStage::Withdrawn)).isEmpty());
}

TEST_CASE("Each step records its date and details", "[workflow][request]")
{
    const FixedClock clock = clockOn(kToday);
    const RequestWorkflow workflow(clock);

    SECTION("identity check requested")
    {
        const auto r = workflow.apply(atStage(RequestStage::Received), T::RequestIdentity,
                                      QDate(2030, 2, 1), kFullDetails);
        REQUIRE(r.ok());
        CHECK(r.record->status == RequestStatus::AwaitingIdentity);
        CHECK(r.record->identityRequestedDate == QDate(2030, 2, 1));
        CHECK(r.record->identityDoubt == u"Onbekend e-mailadres"_s);
        CHECK(r.record->identityProofAsked == u"Bevestiging vanaf het bekende adres"_s);
    }
    SECTION("identity verified keeps only the date the copy was destroyed")
    {
        const auto r = workflow.apply(atStage(RequestStage::IdentityRequested), T::VerifyIdentity,
                                      QDate(2030, 2, 4), {{}, {}, QDate(2030, 2, 5), {}, {}, {}});
        REQUIRE(r.ok());
        CHECK(r.record->status == RequestStatus::Received);
        CHECK(r.record->identityVerifiedDate == QDate(2030, 2, 4));
        CHECK(r.record->idCopyDestroyedDate == QDate(2030, 2, 5));
    }
    SECTION("identity verified without a copy leaves the copy's date empty")
    {
        const auto r = workflow.apply(atStage(RequestStage::IdentityRequested), T::VerifyIdentity,
                                      QDate(2030, 2, 4));
        REQUIRE(r.ok());
        CHECK_FALSE(r.record->idCopyDestroyedDate.isValid());
    }
    SECTION("in progress changes only the status")
    {
        const DataSubjectRequest before = atStage(RequestStage::IdentityVerified);
        const auto r = workflow.apply(before, T::Start, kToday);
        REQUIRE(r.ok());
        DataSubjectRequest expected = before;
        expected.status = RequestStatus::InProgress;
        CHECK(*r.record == expected);
    }
    SECTION("extended keeps the date told and the reason, and the stage")
    {
        const auto r =
            workflow.apply(atStage(RequestStage::InProgress), T::Extend, QDate(2030, 2, 11),
                           {u"  Tien jaar mail  "_s, {}, {}, {}, {}, {}});
        REQUIRE(r.ok());
        REQUIRE(r.record->extension.has_value());
        CHECK(r.record->extension->toldOn == QDate(2030, 2, 11));
        CHECK(r.record->extension->reason == u"Tien jaar mail"_s);
        CHECK(r.record->status == RequestStatus::InProgress);
    }
    SECTION("answered adds the outcome to what the request already says")
    {
        DataSubjectRequest before = atStage(RequestStage::InProgress);
        before.outcome = u"Gegevens verzameld"_s;
        const auto r = workflow.apply(before, T::Answer, kToday,
                                      {{}, u"Overzicht verstuurd"_s, {}, {}, {}, {}});
        REQUIRE(r.ok());
        CHECK(r.record->status == RequestStatus::Answered);
        CHECK(r.record->answeredDate == kToday);
        CHECK(r.record->outcome == u"Gegevens verzameld\nOverzicht verstuurd"_s);
    }
    SECTION("refused records the reason and the complaint information of art. 12(4)")
    {
        const auto standard = workflow.apply(atStage(RequestStage::InProgress), T::Refuse, kToday,
                                             refusal(u"Fiscale bewaarplicht"_s));
        REQUIRE(standard.ok());
        CHECK(standard.record->status == RequestStatus::Refused);
        CHECK(standard.record->answeredDate == kToday);
        CHECK(standard.record->refusalReason == u"Fiscale bewaarplicht"_s);
        CHECK(standard.record->refusalGround == pr::core::RefusalGround::ManifestlyUnfounded);
        CHECK(standard.record->outcome == RequestWorkflow::complaintInformation());
        CHECK(standard.record->outcome.contains(u"Autoriteit Persoonsgegevens"_s));

        const auto own =
            workflow.apply(atStage(RequestStage::InProgress), T::Refuse, kToday,
                           refusal(u"Fiscale bewaarplicht"_s, u"Gewezen op klacht bij de AP"_s));
        REQUIRE(own.ok());
        CHECK(own.record->outcome == u"Gewezen op klacht bij de AP"_s);
    }
    SECTION("withdrawn is dated like the other ends")
    {
        const auto r = workflow.apply(atStage(RequestStage::IdentityRequested), T::Withdraw,
                                      QDate(2030, 2, 3));
        REQUIRE(r.ok());
        CHECK(r.record->status == RequestStatus::Withdrawn);
        CHECK(r.record->answeredDate == QDate(2030, 2, 3));
    }
}

TEST_CASE("A step's date must exist, follow receipt and the previous step, and not lie ahead",
          "[workflow][request]")
{
    const FixedClock clock = clockOn(kToday);
    const RequestWorkflow workflow(clock);
    const DataSubjectRequest received = atStage(RequestStage::Received);

    CHECK(fieldsOf(workflow.apply(received, T::RequestIdentity, QDate(), kFullDetails).issues) ==
          QStringList{u"identityRequestedDate"_s});
    CHECK(fieldsOf(workflow.apply(received, T::RequestIdentity, kReceived.addDays(-1), kFullDetails)
                       .issues) == QStringList{u"identityRequestedDate"_s});
    CHECK(workflow.apply(received, T::RequestIdentity, kReceived, kFullDetails).ok());
    // Today is allowed, tomorrow is not: "today" is the injected clock's.
    CHECK(workflow.apply(received, T::RequestIdentity, kToday, kFullDetails).ok());
    CHECK(fieldsOf(workflow.apply(received, T::RequestIdentity, kToday.addDays(1), kFullDetails)
                       .issues) == QStringList{u"identityRequestedDate"_s});
    CHECK(fieldsOf(workflow.apply(received, T::Start, kToday.addDays(1)).issues) ==
          QStringList{u"status"_s});

    // Identity asked on 1 February: it cannot be verified on 31 January.
    const DataSubjectRequest asked = atStage(RequestStage::IdentityRequested);
    CHECK(fieldsOf(workflow.apply(asked, T::VerifyIdentity, kReceived).issues) ==
          QStringList{u"identityVerifiedDate"_s});
    CHECK(workflow.apply(asked, T::VerifyIdentity, asked.identityRequestedDate).ok());

    // Verified on 2 February: work cannot start, or the request end, on 1 February.
    const DataSubjectRequest verified = atStage(RequestStage::IdentityVerified);
    CHECK_FALSE(workflow.apply(verified, T::Start, QDate(2030, 2, 1)).ok());
    CHECK_FALSE(workflow.apply(verified, T::Withdraw, QDate(2030, 2, 1)).ok());
    CHECK(workflow.apply(verified, T::Withdraw, QDate(2030, 2, 2)).ok());

    // Told of an extension on 11 February: not answered on the 10th.
    DataSubjectRequest extended = atStage(RequestStage::InProgress);
    extended.extension = pr::core::RequestExtension{QDate(2030, 2, 11), u"Veel mail"_s};
    CHECK(fieldsOf(workflow.apply(extended, T::Answer, QDate(2030, 2, 10)).issues) ==
          QStringList{u"answeredDate"_s});
    CHECK(workflow.apply(extended, T::Answer, QDate(2030, 2, 11)).ok());
}

TEST_CASE("The ID copy is destroyed after the check, not before and not in the future",
          "[workflow][request]")
{
    const FixedClock clock = clockOn(kToday);
    const RequestWorkflow workflow(clock);
    const DataSubjectRequest asked = atStage(RequestStage::IdentityRequested);
    CHECK(fieldsOf(workflow
                       .apply(asked, T::VerifyIdentity, QDate(2030, 2, 4),
                              {{}, {}, QDate(2030, 2, 3), {}, {}, {}})
                       .issues) == QStringList{u"idCopyDestroyedDate"_s});
    CHECK(fieldsOf(workflow
                       .apply(asked, T::VerifyIdentity, QDate(2030, 2, 4),
                              {{}, {}, kToday.addDays(1), {}, {}, {}})
                       .issues) == QStringList{u"idCopyDestroyedDate"_s});
    CHECK(workflow
              .apply(asked, T::VerifyIdentity, QDate(2030, 2, 4),
                     {{}, {}, QDate(2030, 2, 4), {}, {}, {}})
              .ok());
}

TEST_CASE("An extension needs a reason, comes once, and only within the first month",
          "[workflow][request][extension]")
{
    // The first month of a request received on 31 January 2030 ends on 28 February.
    const FixedClock clock = clockOn(QDate(2030, 3, 10));
    const RequestWorkflow workflow(clock);
    const DataSubjectRequest open = atStage(RequestStage::InProgress);
    const RequestStepDetails reason{u"Complex verzoek"_s, {}, {}, {}, {}, {}};

    CHECK(workflow.apply(open, T::Extend, QDate(2030, 2, 28), reason).ok());
    const auto late = workflow.apply(open, T::Extend, QDate(2030, 3, 1), reason);
    REQUIRE_FALSE(late.ok());
    CHECK(fieldsOf(late.issues) == QStringList{u"extension.toldOn"_s});

    const auto noReason =
        workflow.apply(open, T::Extend, QDate(2030, 2, 20), {u"  "_s, {}, {}, {}, {}, {}});
    REQUIRE_FALSE(noReason.ok());
    CHECK(fieldsOf(noReason.issues) == QStringList{u"extension.reason"_s});

    const auto once = workflow.apply(open, T::Extend, QDate(2030, 2, 20), reason);
    REQUIRE(once.ok());
    const auto twice = workflow.apply(*once.record, T::Extend, QDate(2030, 2, 21), reason);
    REQUIRE_FALSE(twice.ok());
    CHECK(fieldsOf(twice.issues) == QStringList{u"extension"_s});
    CHECK_FALSE(RequestWorkflow::possibleSteps(*once.record).contains(T::Extend));

    CHECK_FALSE(
        workflow.apply(atStage(RequestStage::Answered), T::Extend, QDate(2030, 2, 20), reason)
            .ok());
}

TEST_CASE("A request about a client's data closes only after the client was informed",
          "[workflow][request][client]")
{
    const FixedClock clock = clockOn(kToday);
    const RequestWorkflow workflow(clock);
    DataSubjectRequest forClient = atStage(RequestStage::InProgress);
    forClient.clientId = 3;

    for (const T end : {T::Answer, T::Refuse, T::Withdraw}) {
        INFO(pr::core::enumCode(end).toStdString());
        const auto result = workflow.apply(forClient, end, kToday, kFullDetails);
        REQUIRE_FALSE(result.ok());
        CHECK(fieldsOf(result.issues) == QStringList{u"clientInformedDate"_s});
        CHECK_FALSE(RequestWorkflow::possibleSteps(forClient).contains(end));
    }
    CHECK(RequestWorkflow::possibleSteps(forClient).contains(T::InformClient));

    const auto informed = workflow.apply(forClient, T::InformClient, QDate(2030, 2, 4));
    REQUIRE(informed.ok());
    CHECK(informed.record->clientInformedDate == QDate(2030, 2, 4));
    CHECK(informed.record->status == RequestStatus::InProgress);
    CHECK_FALSE(RequestWorkflow::possibleSteps(*informed.record).contains(T::InformClient));

    // Closed on or after the day the client heard of it, not before.
    CHECK_FALSE(workflow.apply(*informed.record, T::Answer, QDate(2030, 2, 3)).ok());
    CHECK(workflow.apply(*informed.record, T::Answer, QDate(2030, 2, 4)).ok());

    const auto again = workflow.apply(*informed.record, T::InformClient, kToday);
    REQUIRE_FALSE(again.ok());
    CHECK(fieldsOf(again.issues) == QStringList{u"clientInformedDate"_s});
}

TEST_CASE("A request of the firm's own has no client to inform", "[workflow][request][client]")
{
    const FixedClock clock = clockOn(kToday);
    const RequestWorkflow workflow(clock);
    const DataSubjectRequest own = atStage(RequestStage::InProgress);
    const auto result = workflow.apply(own, T::InformClient, kToday);
    REQUIRE_FALSE(result.ok());
    CHECK(fieldsOf(result.issues) == QStringList{u"clientInformedDate"_s});
    CHECK_FALSE(RequestWorkflow::possibleSteps(own).contains(T::InformClient));
    CHECK(workflow.apply(own, T::Answer, kToday).ok());
}

TEST_CASE("A refusal needs its reason", "[workflow][request]")
{
    const FixedClock clock = clockOn(kToday);
    const RequestWorkflow workflow(clock);
    const auto result = workflow.apply(atStage(RequestStage::IdentityRequested), T::Refuse, kToday,
                                       {{}, {}, {}, {}, {}, {}});
    REQUIRE_FALSE(result.ok());
    CHECK(fieldsOf(result.issues) == QStringList{u"refusalReason"_s, u"refusalGround"_s});
}

TEST_CASE("A refusal's ground must be one that can refuse the right invoked", "[workflow][request]")
{
    using pr::core::RefusalGround;
    const FixedClock clock = clockOn(kToday);
    const RequestWorkflow workflow(clock);
    DataSubjectRequest access = atStage(RequestStage::InProgress);
    RequestStepDetails details = refusal(u"Zou de privacy van collega's schaden"_s);

    // Art. 17(3) limits erasure only: it cannot refuse access.
    details.refusalGround = RefusalGround::LegalClaims;
    const auto wrong = workflow.apply(access, T::Refuse, kToday, details);
    REQUIRE_FALSE(wrong.ok());
    CHECK(fieldsOf(wrong.issues) == QStringList{u"refusalGround"_s});

    details.refusalGround = RefusalGround::RightsOfOthers;
    const auto fits = workflow.apply(access, T::Refuse, kToday, details);
    REQUIRE(fits.ok());
    CHECK(fits.record->refusalGround == RefusalGround::RightsOfOthers);
    CHECK(pr::core::validate(*fits.record).isEmpty());

    // The same ground on an erasure request is refused as well; 17(3)(e) fits it.
    DataSubjectRequest erasure = access;
    erasure.right = pr::core::DataSubjectRight::Erasure;
    CHECK_FALSE(workflow.apply(erasure, T::Refuse, kToday, details).ok());
    details.refusalGround = RefusalGround::LegalClaims;
    CHECK(workflow.apply(erasure, T::Refuse, kToday, details).ok());
    // Art. 21(1) only for an objection; withdrawing consent has no conditions to fail.
    CHECK_FALSE(pr::core::refusalGroundFits(RefusalGround::CompellingGrounds,
                                            pr::core::DataSubjectRight::Access));
    CHECK(pr::core::refusalGroundFits(RefusalGround::CompellingGrounds,
                                      pr::core::DataSubjectRight::Objection));
    CHECK_FALSE(pr::core::refusalGroundFits(RefusalGround::ConditionsNotMet,
                                            pr::core::DataSubjectRight::ConsentWithdrawal));
    CHECK(pr::core::refusalGroundFits(RefusalGround::StatutoryRestriction,
                                      pr::core::DataSubjectRight::ConsentWithdrawal));
}

TEST_CASE("Proof of identity is asked only with the reasonable doubt", "[workflow][request]")
{
    const FixedClock clock = clockOn(kToday);
    const RequestWorkflow workflow(clock);
    const auto result =
        workflow.apply(atStage(RequestStage::Received), T::RequestIdentity, kToday, {});
    REQUIRE_FALSE(result.ok());
    CHECK(fieldsOf(result.issues) == QStringList{u"identityDoubt"_s});

    // What is asked may be left to agree with the person; the doubt may not.
    RequestStepDetails doubtOnly;
    doubtOnly.identityDoubt = u"  Ander e-mailadres  "_s;
    const auto asked =
        workflow.apply(atStage(RequestStage::Received), T::RequestIdentity, kToday, doubtOnly);
    REQUIRE(asked.ok());
    CHECK(asked.record->identityDoubt == u"Ander e-mailadres"_s);
    CHECK(asked.record->identityProofAsked.isEmpty());
}

TEST_CASE("A stage is read from the stored status and dates", "[workflow][request]")
{
    DataSubjectRequest request = atStage(RequestStage::Received);
    CHECK(pr::core::statusOf(RequestStage::IdentityVerified) == RequestStatus::Received);
    request.identityVerifiedDate = kReceived;
    CHECK(pr::core::stageOf(request) == RequestStage::IdentityVerified);
    request.status = RequestStatus::InProgress;
    CHECK(pr::core::stageOf(request) == RequestStage::InProgress);
    for (const RequestStage stage : pr::core::enumValues<RequestStage>()) {
        CHECK(pr::core::stageOf(atStage(stage)) == stage);
        CHECK(pr::core::isClosed(stage) == pr::core::isClosed(pr::core::statusOf(stage)));
    }
}
