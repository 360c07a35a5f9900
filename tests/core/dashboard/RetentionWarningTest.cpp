// The overview's one warning about closed requests kept past their retention period.

#include "core/dashboard/RetentionWarning.h"

#include "core/dashboard/WarningText.h"

#include <catch2/catch.hpp>

using namespace pr::core;

namespace {

DataSubjectRequest answeredOn(qint64 id, QDate answered)
{
    DataSubjectRequest request;
    request.id = id;
    request.reference = QStringLiteral("VZ-%1").arg(id);
    request.requesterName = QStringLiteral("A. Koster");
    request.receivedDate = answered.addDays(-10);
    request.status = RequestStatus::Answered;
    request.answeredDate = answered;
    request.outcome = QStringLiteral("Sent the overview.");
    return request;
}

const Period kTwoYears{24, Period::Unit::Months};

} // namespace

TEST_CASE("One warning counts the closed requests past retention", "[dashboard][retention]")
{
    DataSubjectRequest open = answeredOn(3, QDate(2026, 1, 5));
    open.status = RequestStatus::InProgress;
    open.answeredDate = {};
    const QList<DataSubjectRequest> requests{answeredOn(1, QDate(2026, 7, 24)),
                                             answeredOn(2, QDate(2026, 8, 26)), open};

    CHECK_FALSE(retentionWarning(requests, kTwoYears, QDate(2028, 7, 23)));

    const auto one = retentionWarning(requests, kTwoYears, QDate(2028, 7, 24));
    REQUIRE(one);
    CHECK(one->kind == WarningKind::RequestsPastRetention);
    CHECK(one->level == WarningLevel::ToDo);
    CHECK(one->entity == EntityKind::DataSubjectRequest);
    CHECK(one->entityId == 0); // leads to the section
    CHECK(one->count == 1);
    CHECK(WarningText::details(*one).startsWith(QStringLiteral("1 closed request")));

    const auto two = retentionWarning(requests, kTwoYears, QDate(2030, 1, 1));
    REQUIRE(two);
    CHECK(two->count == 2); // the open one never
}
