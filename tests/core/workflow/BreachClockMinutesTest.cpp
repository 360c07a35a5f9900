// The breach clocks to the minute and in Dutch time, across both changes of summer time in
// 2026 (29 March, 25 October), with the time of "now" fixed (FixedClock): a clock counts
// elapsed hours, so its deadline moves an hour on the wall clock when summer time starts or
// ends in between, and the minutes left never jump.

#include "core/dashboard/TimeLeft.h"
#include "core/time/Clock.h"
#include "core/time/DutchTime.h"
#include "core/workflow/BreachDuty.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::core::Agreement;
using pr::core::Breach;
using pr::core::BreachClock;
using pr::core::BreachClockKind;
using pr::core::BreachDuty;
using pr::core::dutchMinute;
using pr::core::FixedClock;
using pr::core::TimeLeft;

namespace {

const QTimeZone kAmsterdam("Europe/Amsterdam");

Breach breachAt(const QDateTime& discovered, qint64 clientId = 0)
{
    Breach breach;
    breach.id = 1;
    breach.discoveredAt = discovered;
    breach.clientId = clientId;
    return breach;
}

BreachClock onlyClock(const Breach& breach, const QList<Agreement>& agreements,
                      const FixedClock& clock)
{
    const QList<BreachClock> clocks =
        BreachDuty::of(breach, agreements).clocks(breach, clock.now());
    REQUIRE(clocks.size() == 1);
    return clocks.first();
}

} // namespace

TEST_CASE("The AP clock across the start of summer time, to the minute", "[workflow][breach]")
{
    REQUIRE(kAmsterdam.isValid());
    // Friday 27 March 2026, 17:00 winter time (16:00 UTC). 72 hours later it is Monday
    // 30 March, 18:00 summer time: an hour later on the clock than the discovery.
    const Breach own = breachAt(QDateTime(QDate(2026, 3, 27), QTime(17, 0), kAmsterdam));
    FixedClock clock(QDateTime(QDate(2026, 3, 29), QTime(1, 30), kAmsterdam));
    BreachClock ap = onlyClock(own, {}, clock);
    CHECK(ap.kind == BreachClockKind::Authority);
    CHECK(dutchMinute(ap.deadline) == u"2026-03-30 18:00"_s);
    // 01:30 winter time is 00:30 UTC; the deadline 16:00 UTC on the 30th: 39 h 30 min.
    CHECK(ap.minutesLeft() == 39 * 60 + 30);
    CHECK(TimeLeft::hoursAndMinutes(ap) == u"39 h 30 min left"_s);

    // An hour of elapsed time later the wall clock jumped from 02:00 to 03:00: 03:30.
    clock.advanceSeconds(3600);
    CHECK(pr::core::inDutchTime(clock.now()).time() == QTime(3, 30));
    ap = onlyClock(own, {}, clock);
    CHECK(ap.minutesLeft() == 38 * 60 + 30);

    // One minute past the deadline.
    clock.set(QDateTime(QDate(2026, 3, 30), QTime(18, 1), kAmsterdam));
    ap = onlyClock(own, {}, clock);
    CHECK(ap.minutesLeft() == -1);
    CHECK(TimeLeft::hoursAndMinutes(ap) == u"0 h 01 min overdue"_s);
}

TEST_CASE("The client clock across the end of summer time, with the client's own window",
          "[workflow][breach]")
{
    REQUIRE(kAmsterdam.isValid());
    Agreement agreement;
    agreement.clientId = 4;
    agreement.breachNotificationHours = 24;
    agreement.startDate = QDate(2026, 1, 1);
    agreement.signingState = pr::core::SigningState::Countersigned;
    // Saturday 24 October 2026, 16:45 summer time (14:45 UTC); the clocks go back that night,
    // so 24 hours later is Sunday 25 October, 15:45 winter time.
    const Breach forClient =
        breachAt(QDateTime(QDate(2026, 10, 24), QTime(16, 45), kAmsterdam), agreement.clientId);
    // 02:30 happens twice that night; the first, in summer time, is 00:30 UTC.
    const FixedClock clock(QDateTime(QDate(2026, 10, 25), QTime(0, 30), QTimeZone::utc()));
    CHECK(pr::core::inDutchTime(clock.now()).time() == QTime(2, 30));
    const BreachClock client = onlyClock(forClient, {agreement}, clock);
    CHECK(client.kind == BreachClockKind::Client);
    CHECK(client.clientId == 4);
    CHECK(client.hours == 24);
    CHECK(dutchMinute(client.deadline) == u"2026-10-25 15:45"_s);
    // From 00:30 UTC to 14:45 UTC: 14 h 15 min, though the wall clock shows 13 h 15 min to go
    // from the first 02:30 to 15:45.
    CHECK(client.minutesLeft() == 14 * 60 + 15);
    CHECK(TimeLeft::hoursAndMinutes(client) == u"14 h 15 min left"_s);
    // No AP clock for a client's data, whatever the time.
    CHECK(BreachDuty::of(forClient, {agreement}).apClockRuns == false);
}

TEST_CASE("Dutch time does not follow the machine's zone", "[workflow][breach]")
{
    const QDateTime utcNoon(QDate(2026, 7, 1), QTime(12, 0), QTimeZone::utc());
    CHECK(dutchMinute(utcNoon) == u"2026-07-01 14:00"_s);
    CHECK(dutchMinute(utcNoon.addMonths(6)) == u"2027-01-01 13:00"_s);
    CHECK(dutchMinute(QDateTime()).isEmpty());
}
