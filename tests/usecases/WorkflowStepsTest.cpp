#include "UseCaseFixture.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/RequestRepository.h"
#include "usecases/steps/AgreementSteps.h"
#include "usecases/steps/RequestSteps.h"

#include <catch2/catch.hpp>

using pr::core::AgreementStep;
using pr::core::RequestStep;
using pr::usecases::AgreementSteps;
using pr::usecases::ChangeResult;
using pr::usecases::RequestSteps;

// Request 6 of the demo: received on 13 October 2026, nothing done yet.
constexpr qint64 kReceived = 6;
// Agreement 4 of the demo: a draft.
constexpr qint64 kDraft = 4;

pr::core::RequestStepDetails withDoubt()
{
    pr::core::RequestStepDetails details;
    details.identityDoubt = QStringLiteral("De brief is niet ondertekend.");
    details.identityProofAsked = QStringLiteral("Een ondertekende brief.");
    return details;
}

TEST_CASE("A request step is checked without a write, then recorded in one", "[usecases][steps]")
{
    pr::test::UseCaseFixture f;
    const auto before = pr::storage::RequestRepository::find(f.db(), kReceived).value();
    CHECK(RequestSteps::possible(*f.context, kReceived).contains(RequestStep::RequestIdentity));
    CHECK_FALSE(RequestSteps::possible(*f.context, kReceived).contains(RequestStep::Answer));

    const auto checked = RequestSteps::check(*f.context, kReceived, RequestStep::RequestIdentity,
                                             f.today(), withDoubt());
    REQUIRE(checked.ok());
    CHECK(pr::storage::RequestRepository::find(f.db(), kReceived) == before);

    const auto change = RequestSteps::record(*f.context, kReceived, RequestStep::RequestIdentity,
                                             f.today(), withDoubt());
    REQUIRE(change.taken());
    CHECK(change.before == before);
    CHECK(change.after == checked.record);
    const auto onDisk =
        pr::storage::RequestRepository::find(f.reopened()->database(), kReceived).value();
    CHECK(onDisk.identityRequestedDate == f.today());
    CHECK(onDisk.identityDoubt == QStringLiteral("De brief is niet ondertekend."));
    CHECK(onDisk.identityProofAsked == QStringLiteral("Een ondertekende brief."));
    CHECK(pr::core::stageOf(onDisk) == pr::core::RequestStage::IdentityRequested);
}

TEST_CASE("A refusal is recorded with the ground chosen, and refused without one",
          "[usecases][steps]")
{
    pr::test::UseCaseFixture f;
    pr::core::RequestStepDetails details;
    details.reason = QStringLiteral("De beveiliging van het netwerk gaat voor.");
    const auto without =
        RequestSteps::record(*f.context, kReceived, RequestStep::Refuse, f.today(), details);
    CHECK(without.result.refused());
    CHECK(without.result.issues.size() == 1);
    CHECK(without.result.issues.first().field == QStringLiteral("refusalGround"));

    details.refusalGround = pr::core::RefusalGround::CompellingGrounds; // request 6: objection
    const auto with =
        RequestSteps::record(*f.context, kReceived, RequestStep::Refuse, f.today(), details);
    REQUIRE(with.taken());
    const auto onDisk =
        pr::storage::RequestRepository::find(f.reopened()->database(), kReceived).value();
    CHECK(onDisk.refusalGround == pr::core::RefusalGround::CompellingGrounds);
    CHECK(onDisk.status == pr::core::RequestStatus::Refused);
}

TEST_CASE("A request step the law does not allow is refused with its reasons, and nothing "
          "changes",
          "[usecases][steps]")
{
    pr::test::UseCaseFixture f;
    const auto before = pr::storage::RequestRepository::find(f.db(), kReceived).value();

    const auto future = RequestSteps::record(*f.context, kReceived, RequestStep::RequestIdentity,
                                             f.today().addDays(1), withDoubt());
    CHECK(future.result.refused());
    CHECK_FALSE(future.result.issues.isEmpty());
    CHECK_FALSE(future.after.has_value());

    const auto closing =
        RequestSteps::record(*f.context, kReceived, RequestStep::Answer, f.today());
    CHECK(closing.result.refused());

    const auto missing = RequestSteps::record(*f.context, 999, RequestStep::Start, f.today());
    CHECK(missing.result.refused());
    CHECK_FALSE(missing.before.has_value());
    CHECK(missing.result.message.contains(QStringLiteral("999")));

    CHECK(pr::storage::RequestRepository::find(f.reopened()->database(), kReceived) == before);
}

TEST_CASE("Agreement steps have the same shape", "[usecases][steps]")
{
    pr::test::UseCaseFixture f;
    CHECK(AgreementSteps::possible(*f.context, kDraft).contains(AgreementStep::Send));
    CHECK_FALSE(AgreementSteps::possible(*f.context, kDraft).contains(AgreementStep::Terminate));

    const auto terminated =
        AgreementSteps::record(*f.context, kDraft, AgreementStep::Terminate, f.today());
    CHECK(terminated.result.refused());
    CHECK_FALSE(terminated.result.issues.isEmpty());

    const auto sent = AgreementSteps::record(*f.context, kDraft, AgreementStep::Send, f.today());
    REQUIRE(sent.taken());
    CHECK(sent.result.status == ChangeResult::Status::Saved);
    const auto stored =
        pr::storage::AgreementRepository::find(f.reopened()->database(), kDraft).value();
    CHECK(stored.signingState == pr::core::SigningState::Sent);
    CHECK(stored.sentDate == f.today());
}
