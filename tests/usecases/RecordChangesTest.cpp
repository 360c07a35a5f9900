#include "usecases/records/RecordChanges.h"

#include "UseCaseFixture.h"
#include "core/domain/validation/BreachValidation.h"
#include "core/domain/validation/DataSubjectRequestValidation.h"
#include "core/domain/validation/ProcessingActivityValidation.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/BreachRepository.h"
#include "storage/repositories/RequestRepository.h"
#include "usecases/records/RecordSnapshot.h"
#include "usecases/records/RecordVersion.h"

#include <catch2/catch.hpp>

using pr::core::DataSubjectRequest;
using pr::core::EntityKind;
using pr::core::RequestStatus;
using pr::storage::RequestRepository;
using pr::usecases::ChangeResult;
using pr::usecases::RecordChanges;
using RequestVersion =
    pr::usecases::RecordVersionOf<pr::storage::RequestRepository, DataSubjectRequest>;

namespace {

DataSubjectRequest freshRequest(QDate received)
{
    DataSubjectRequest request;
    request.reference = QStringLiteral("VZ-2026-20");
    request.requesterName = QStringLiteral("Ilse Brouwer");
    request.receivedDate = received;
    return request;
}

QStringList fieldsOf(const ChangeResult& result)
{
    QStringList fields;
    for (const auto& issue : result.issues) {
        fields << issue.field;
    }
    return fields;
}

} // namespace

TEST_CASE("A new request starts as received, on a day that has come", "[usecases][records]")
{
    pr::test::UseCaseFixture f;
    const qsizetype before = RequestRepository::all(f.db()).size();

    SECTION("answered straight away is refused: its handling is made of steps")
    {
        DataSubjectRequest request = freshRequest(f.today());
        request.status = RequestStatus::Answered;
        request.answeredDate = f.today();
        RequestVersion version(EntityKind::DataSubjectRequest, request, request.reference);
        const ChangeResult result = RecordChanges::save(*f.context, nullptr, version);
        CHECK(result.refused());
        CHECK(fieldsOf(result).contains(QStringLiteral("status")));
    }
    SECTION("an identity date filled in by hand is refused as well")
    {
        DataSubjectRequest request = freshRequest(f.today());
        request.identityRequestedDate = f.today();
        RequestVersion version(EntityKind::DataSubjectRequest, request, request.reference);
        CHECK(RecordChanges::save(*f.context, nullptr, version).refused());
    }
    SECTION("received a year ahead is refused, with the field named")
    {
        const DataSubjectRequest request = freshRequest(f.today().addYears(1));
        RequestVersion version(EntityKind::DataSubjectRequest, request, request.reference);
        const ChangeResult result = RecordChanges::save(*f.context, nullptr, version);
        CHECK(result.refused());
        CHECK(fieldsOf(result) == QStringList{QStringLiteral("receivedDate")});
    }
    CHECK(RequestRepository::all(f.db()).size() == before);
    CHECK(RequestRepository::all(f.reopened()->database()).size() == before);
}

TEST_CASE("A valid new request is stored, saved and given its id", "[usecases][records]")
{
    pr::test::UseCaseFixture f;
    RequestVersion version(EntityKind::DataSubjectRequest, freshRequest(f.today()),
                           QStringLiteral("VZ-2026-20"));
    const ChangeResult result = RecordChanges::save(*f.context, nullptr, version);
    REQUIRE(result.status == ChangeResult::Status::Saved);
    CHECK(result.id > 0);
    CHECK(version.id() == result.id);
    const auto stored = RequestRepository::find(f.reopened()->database(), result.id);
    REQUIRE(stored.has_value());
    CHECK(stored->status == RequestStatus::Received);
}

TEST_CASE("An edit changes a request's facts and never its handling", "[usecases][records]")
{
    pr::test::UseCaseFixture f;
    // Request 8 of the demo waits for proof of identity.
    const DataSubjectRequest stored = RequestRepository::find(f.db(), 8).value();
    REQUIRE(stored.identityRequestedDate.isValid());
    RequestVersion before(EntityKind::DataSubjectRequest, stored, stored.reference);

    DataSubjectRequest facts = stored;
    facts.requesterContact = QStringLiteral("nieuw@example.nl");
    RequestVersion edited(EntityKind::DataSubjectRequest, facts, facts.reference);
    CHECK(RecordChanges::save(*f.context, &before, edited).status == ChangeResult::Status::Saved);

    DataSubjectRequest closed = facts;
    closed.status = RequestStatus::Answered;
    closed.answeredDate = f.today();
    RequestVersion closing(EntityKind::DataSubjectRequest, closed, closed.reference);
    RequestVersion current(EntityKind::DataSubjectRequest, facts, facts.reference);
    CHECK(fieldsOf(RecordChanges::save(*f.context, &current, closing))
              .contains(QStringLiteral("status")));

    DataSubjectRequest late = facts;
    late.receivedDate = stored.identityRequestedDate.addDays(1);
    RequestVersion moved(EntityKind::DataSubjectRequest, late, late.reference);
    CHECK(fieldsOf(RecordChanges::save(*f.context, &current, moved))
              .contains(QStringLiteral("receivedDate")));

    CHECK(RequestRepository::find(f.db(), 8) == facts);
}

TEST_CASE("A breach, once recorded, is not removed by undoing its addition",
          "[usecases][records][breach]")
{
    pr::test::UseCaseFixture f;
    pr::core::Breach breach;
    breach.reference = QStringLiteral("DL-2026-09");
    breach.discoveredAt = f.clock.now().addSecs(-3600);
    breach.description = QStringLiteral("Laptop in de trein laten liggen.");
    breach.dataCategories = {QStringLiteral("NAW-gegevens")};
    breach.dataSubjectCategories = {QStringLiteral("Klanten")};
    pr::usecases::RecordVersionOf<pr::storage::BreachRepository, pr::core::Breach> version(
        EntityKind::Breach, breach, breach.reference);
    REQUIRE(RecordChanges::save(*f.context, nullptr, version).status ==
            ChangeResult::Status::Saved);

    const ChangeResult undone = RecordChanges::removeAdded(*f.context, version);
    CHECK(undone.refused());
    CHECK(undone.message.contains(QStringLiteral("33(5)")));
    CHECK(pr::storage::BreachRepository::find(f.reopened()->database(), version.id()));
    CHECK(pr::usecases::RecordSnapshot::take(f.db(), EntityKind::Breach, version.id()) == nullptr);
}

TEST_CASE("Deleting what others refer to is refused with their names; a delete is put back as "
          "it was",
          "[usecases][records]")
{
    pr::test::UseCaseFixture f;
    // Activity 2 (Back-up en herstel) is in the clients' agreements.
    auto used = pr::usecases::RecordSnapshot::take(f.db(), EntityKind::ProcessingActivity, 2);
    REQUIRE(used != nullptr);
    const ChangeResult refused = RecordChanges::remove(*f.context, *used);
    CHECK(refused.refused());
    CHECK_FALSE(refused.message.isEmpty());
    CHECK(pr::storage::ActivityRepository::find(f.db(), 2));

    const auto all = pr::storage::ActivityRepository::all(f.db());
    for (const auto& activity : all) {
        auto snapshot =
            pr::usecases::RecordSnapshot::take(f.db(), EntityKind::ProcessingActivity, activity.id);
        if (RecordChanges::remove(*f.context, *snapshot).refused()) {
            continue;
        }
        CHECK_FALSE(pr::storage::ActivityRepository::find(f.db(), activity.id));
        REQUIRE(RecordChanges::putBack(*f.context, *snapshot).status ==
                ChangeResult::Status::Saved);
        CHECK(pr::storage::ActivityRepository::find(f.db(), activity.id) == activity);
        return;
    }
    FAIL("no activity of the demo register could be deleted");
}
