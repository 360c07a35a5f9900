// What the program tells a person before a DPA goes out: the facts the document would leave
// open and the promises the client could not rely on. Warnings, one per problem.

#include "core/workflow/DpaReadiness.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;
using pr::core::Agreement;
using pr::core::DpaReadiness;
using pr::core::MeasureStatus;
using pr::core::SecurityMeasure;
using pr::core::SubProcessor;
using pr::core::TransferSafeguard;

namespace {

Agreement readyAgreement()
{
    Agreement agreement;
    agreement.mainAgreementName = u"Overeenkomst IT-beheer"_s;
    agreement.mainAgreementDate = QDate(2026, 11, 1);
    agreement.liabilityCap.perEventCents = 10'000'000;
    agreement.activityIds = {1, 2};
    return agreement;
}

SecurityMeasure measure(const QString& title, MeasureStatus status, QDate planned = {})
{
    SecurityMeasure value;
    value.title = title;
    value.status = status;
    value.plannedDate = planned;
    return value;
}

SubProcessor outsideEea(const QString& name, QList<qint64> activities)
{
    SubProcessor value;
    value.name = name;
    value.country = u"Verenigde Staten"_s;
    value.insideEea = false;
    value.safeguard = TransferSafeguard::StandardClauses;
    value.activityIds = std::move(activities);
    return value;
}

bool anyContains(const QStringList& warnings, const QString& part)
{
    return std::any_of(warnings.cbegin(), warnings.cend(),
                       [&part](const QString& warning) { return warning.contains(part); });
}

} // namespace

TEST_CASE("a DPA with everything recorded and in place gets no warning", "[workflow][dpa]")
{
    SubProcessor assessed = outsideEea(u"Cloud Inc."_s, {2});
    assessed.transferAssessmentDate = QDate(2026, 1, 5);
    CHECK(DpaReadiness::warnings(readyAgreement(), {measure(u"Back-ups"_s, MeasureStatus::InPlace)},
                                 {assessed})
              .isEmpty());
}

TEST_CASE("the main agreement, or its date, not recorded", "[workflow][dpa]")
{
    Agreement agreement = readyAgreement();
    agreement.mainAgreementDate = QDate();
    QStringList warnings = DpaReadiness::warnings(agreement, {}, {});
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().contains(u"date of the main agreement"_s));

    agreement.mainAgreementName.clear();
    warnings = DpaReadiness::warnings(agreement, {}, {});
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().contains(u"main agreement is not named"_s));
}

TEST_CASE("a liability cap only in words", "[workflow][dpa]")
{
    Agreement agreement = readyAgreement();
    agreement.liabilityCap.formerText = u"het bedrag dat de verzekering uitkeert"_s;
    CHECK(DpaReadiness::warnings(agreement, {}, {}).isEmpty()); // amounts given: words unused
    agreement.liabilityCap.perEventCents.reset();
    CHECK(anyContains(DpaReadiness::warnings(agreement, {}, {}), u"only recorded in words"_s));
}

TEST_CASE("planned measures are named with their dates", "[workflow][dpa]")
{
    const QStringList warnings = DpaReadiness::warnings(
        readyAgreement(),
        {measure(u"Terugzettest"_s, MeasureStatus::Planned, QDate(2027, 1, 15)),
         measure(u"Risicoanalyse"_s, MeasureStatus::Planned),
         measure(u"Back-ups"_s, MeasureStatus::InPlace)},
        {});
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().contains(u"2 planned measure"_s));
    CHECK(warnings.first().contains(u"Terugzettest (planned for"_s));
    CHECK(warnings.first().contains(u"Risicoanalyse (no date yet)"_s));
    CHECK_FALSE(warnings.first().contains(u"Back-ups"_s));
}

TEST_CASE("a sub-processor of this DPA outside the EEA without an assessment", "[workflow][dpa]")
{
    SubProcessor adequate = outsideEea(u"Canada Hosting"_s, {1});
    adequate.safeguard = TransferSafeguard::Adequacy;
    const QStringList warnings = DpaReadiness::warnings(
        readyAgreement(), {},
        {outsideEea(u"Cloud Inc."_s, {2}), outsideEea(u"Elders"_s, {9}), adequate});
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().contains(u"Cloud Inc. (Verenigde Staten)"_s));
}
