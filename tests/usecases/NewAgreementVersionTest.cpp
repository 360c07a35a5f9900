#include "usecases/signing/NewAgreementVersion.h"

#include "UseCaseFixture.h"
#include "core/domain/SignedVersion.h"
#include "report/model/DpaDrift.h"
#include "report/model/DpaModel.h"
#include "storage/repositories/AgreementRepository.h"
#include "usecases/steps/AgreementSteps.h"

#include <catch2/catch.hpp>

using pr::core::AgreementStep;
using pr::core::SigningState;
using pr::storage::AgreementRepository;
using pr::usecases::AgreementSteps;
using pr::usecases::NewAgreementVersion;

namespace {

// Agreements of the demo register: 1 countersigned (version 2.0), 3 sent, 4 a draft.
constexpr qint64 kCountersigned = 1;
constexpr qint64 kSent = 3;
constexpr qint64 kDraft = 4;

} // namespace

TEST_CASE("Version numbers count on from their leading number", "[usecases][versions]")
{
    CHECK(NewAgreementVersion::nextVersionNumber(QStringLiteral("1.0")) == QStringLiteral("2.0"));
    CHECK(NewAgreementVersion::nextVersionNumber(QStringLiteral("2.3")) == QStringLiteral("3.0"));
    CHECK(NewAgreementVersion::nextVersionNumber(QStringLiteral("3")) == QStringLiteral("4"));
    CHECK(NewAgreementVersion::nextVersionNumber(QStringLiteral("2024-1")) ==
          QStringLiteral("2025"));
    CHECK(NewAgreementVersion::nextVersionNumber(QStringLiteral("eerste")) == QStringLiteral("2"));
}

TEST_CASE("A new version of a signed agreement is a draft; the signed one stays the record",
          "[usecases][versions]")
{
    pr::test::UseCaseFixture f;
    const auto signedOne = AgreementRepository::find(f.db(), kCountersigned).value();
    const auto result = NewAgreementVersion::create(*f.context, kCountersigned);
    REQUIRE(result.status == pr::usecases::ChangeResult::Status::Saved);
    REQUIRE(result.id != kCountersigned);

    const auto reopened = f.reopened();
    const auto next = AgreementRepository::find(reopened->database(), result.id).value();
    CHECK(next.clientId == signedOne.clientId);
    CHECK(next.version == QStringLiteral("3.0"));
    CHECK(next.signingState == SigningState::Draft);
    CHECK(next.startDate == f.today());
    CHECK(next.activityIds == signedOne.activityIds);
    CHECK(next.breachNotificationHours == signedOne.breachNotificationHours);
    CHECK(next.liabilityCap == signedOne.liabilityCap);
    CHECK(next.firmSignatory.name == signedOne.firmSignatory.name);
    CHECK_FALSE(next.firmSignatory.date.isValid());
    CHECK_FALSE(next.clientSignatory.date.isValid());
    CHECK(next.signedPdf.isEmpty());
    CHECK(next.firmSignedPdf.isEmpty());
    CHECK(next.signedContent.isEmpty());
    CHECK_FALSE(next.signedOnPaper);
    CHECK_FALSE(pr::core::SignedVersion::isSigned(next));
    // The signed one is untouched, and the client's DPA is now the new draft.
    CHECK(AgreementRepository::find(reopened->database(), kCountersigned) == signedOne);
    CHECK(pr::report::DpaModel::current(
              AgreementRepository::forClient(reopened->database(), signedOne.clientId))
              ->id == result.id);
}

TEST_CASE("Only a signed agreement that is in force gets a new version", "[usecases][versions]")
{
    pr::test::UseCaseFixture f;
    for (const qint64 id : {kSent, kDraft, qint64{99}}) {
        INFO("agreement " << id);
        const auto result = NewAgreementVersion::create(*f.context, id);
        CHECK(result.refused());
        CHECK_FALSE(result.message.isEmpty());
    }
    CHECK(AgreementRepository::all(f.db()).size() == 4);

    const auto terminated =
        AgreementSteps::record(*f.context, kCountersigned, AgreementStep::Terminate, f.today());
    REQUIRE(terminated.taken());
    CHECK(NewAgreementVersion::create(*f.context, kCountersigned).refused());
}

TEST_CASE("Signing for the firm without a certificate keeps what the DPA says",
          "[usecases][versions]")
{
    pr::test::UseCaseFixture f;
    CHECK(AgreementRepository::find(f.db(), kSent)->signedContent.isEmpty());
    const auto step =
        AgreementSteps::record(*f.context, kSent, AgreementStep::SignByFirm, f.today());
    REQUIRE(step.taken());
    const auto stored = AgreementRepository::find(f.reopened()->database(), kSent).value();
    REQUIRE_FALSE(stored.signedContent.isEmpty());
    CHECK(pr::report::DpaDrift::check(f.db(), stored).status == pr::report::DpaDrift::Status::Same);
    // The client's countersignature does not change what was signed.
    pr::core::AgreementStepDetails paper;
    paper.onPaper = true;
    const auto countersigned =
        AgreementSteps::record(*f.context, kSent, AgreementStep::Countersign, f.today(), paper);
    REQUIRE(countersigned.taken());
    CHECK(countersigned.after->signedContent == stored.signedContent);
}
