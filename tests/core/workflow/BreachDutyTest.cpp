// The firm's role in a breach decides what it must do: as controller report to the AP within
// 72 hours (unless it records why not), as processor tell the client within its window.

#include "core/workflow/BreachDuty.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::core::Agreement;
using pr::core::Breach;
using pr::core::BreachClockKind;
using pr::core::BreachDuty;
using pr::core::BreachRole;
using pr::core::WindowSource;

namespace {

const QTimeZone kCet = QTimeZone(3600);
const QDateTime kFound(QDate(2026, 11, 20), QTime(16, 0), kCet);

Breach breachOf(qint64 clientId)
{
    Breach breach;
    breach.id = 1;
    breach.reference = u"DL-1"_s;
    breach.discoveredAt = kFound;
    breach.clientId = clientId;
    return breach;
}

} // namespace

TEST_CASE("Own data: the firm is controller and reports to the AP within 72 hours",
          "[workflow][breach]")
{
    Breach own = breachOf(0);
    CHECK(BreachDuty::roleOf(own) == BreachRole::Controller);
    CHECK(BreachDuty::decidesApReport(own));
    BreachDuty duty = BreachDuty::of(own, {});
    CHECK(duty.apClockRuns);
    CHECK_FALSE(duty.clientClockRuns);
    const auto clocks = duty.clocks(own, kFound.addSecs(3600));
    REQUIRE(clocks.size() == 1);
    CHECK(clocks.first().kind == BreachClockKind::Authority);
    CHECK(clocks.first().hours == 72);
    CHECK(clocks.first().windowSource == WindowSource::NotApplicable);
    CHECK(clocks.first().deadline == kFound.addSecs(72 * 3600));
    CHECK(clocks.first().hoursLeft() == 71);

    // No risk, and the reason recorded: the decision is made, the clock stops.
    own.apNotified = false;
    CHECK(BreachDuty::of(own, {}).apClockRuns);
    own.apNotNotifiedReason = u"Versleutelde laptop, sleutel niet gelekt"_s;
    CHECK_FALSE(BreachDuty::of(own, {}).apClockRuns);
    CHECK(BreachDuty::of(own, {}).clocks(own, kFound).isEmpty());
}

TEST_CASE("A client's data: the firm is processor and tells the client, never the AP",
          "[workflow][breach]")
{
    Agreement agreement;
    agreement.clientId = 7;
    agreement.breachNotificationHours = 36;
    agreement.startDate = QDate(2025, 1, 1);
    agreement.signingState = pr::core::SigningState::Countersigned;

    Breach forClient = breachOf(7);
    CHECK(BreachDuty::roleOf(forClient) == BreachRole::Processor);
    CHECK_FALSE(BreachDuty::decidesApReport(forClient));
    for (const std::optional<bool> reported :
         {std::optional<bool>(), std::optional<bool>(false), std::optional<bool>(true)}) {
        // Whatever the breach records about the AP: the report is the client's to make.
        forClient.apNotified = reported;
        const BreachDuty duty = BreachDuty::of(forClient, {agreement});
        CHECK_FALSE(duty.apClockRuns);
        CHECK(duty.clientClockRuns);
        CHECK(duty.window.hours == 36);
        const auto clocks = duty.clocks(forClient, kFound);
        REQUIRE(clocks.size() == 1);
        CHECK(clocks.first().kind == BreachClockKind::Client);
        CHECK(clocks.first().clientId == 7);
        CHECK(clocks.first().deadline == kFound.addSecs(36 * 3600));
    }
    forClient.clientNotifiedAt = kFound.addSecs(600);
    CHECK_FALSE(BreachDuty::of(forClient, {agreement}).clientClockRuns);
}

TEST_CASE("A breach without its discovery time runs no clock", "[workflow][breach]")
{
    for (const qint64 client : {qint64{0}, qint64{3}}) {
        Breach breach = breachOf(client);
        breach.discoveredAt = QDateTime();
        CHECK(BreachDuty::of(breach, {}).clocks(breach, kFound).isEmpty());
    }
}
