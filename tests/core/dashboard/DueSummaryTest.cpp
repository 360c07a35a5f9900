// The start-up notice in words: counted truthfully, and a breach clock due in hours is said in
// hours, not "within 7 days".

#include "core/dashboard/DueSummary.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace pr::core;

namespace {

const Period kFourWeeks{4, Period::Unit::Weeks};
const QDateTime kNow(QDate(2026, 11, 21), QTime(9, 0));

Breach ownBreach(qint64 id, qint64 hoursLeft)
{
    Breach breach;
    breach.id = id;
    breach.reference = u"DL-%1"_s.arg(id);
    breach.discoveredAt = kNow.addSecs((hoursLeft - kApNotificationHours) * 3600);
    return breach;
}

DataSubjectRequest request(qint64 id, QDate received)
{
    DataSubjectRequest result;
    result.id = id;
    result.reference = u"VZ-%1"_s.arg(id);
    result.receivedDate = received;
    result.status = RequestStatus::InProgress;
    return result;
}

} // namespace

TEST_CASE("Two breach clocks at 21 and 69 hours run out within 3 days, the first in 21 hours",
          "[dashboard][text][due]")
{
    const FixedClock clock(kNow);
    const DueItems items =
        DueItems::compute({}, {ownBreach(1, 69), ownBreach(2, 21)}, {}, kFourWeeks, clock);
    CHECK(DueSummary::text(items) == u"2 breach notification deadline(s) run(s) out within 3 "
                                     u"day(s), the first in 21 hour(s)."_s);
    CHECK_FALSE(DueSummary::text(items).contains(u"7"_s));

    const DueItems one = DueItems::compute({}, {ownBreach(2, 21)}, {}, kFourWeeks, clock);
    CHECK(DueSummary::text(one) ==
          u"1 breach notification deadline(s) run(s) out in 21 hour(s)."_s);
}

TEST_CASE("The notice counts overdue deadlines, running clocks and requests due soon apart",
          "[dashboard][text][due]")
{
    const FixedClock clock(kNow);
    // VZ-1 was promised by 16 November (overdue), VZ-2 by 25 and VZ-3 by 27 November.
    const QList<DataSubjectRequest> requests{request(1, QDate(2026, 10, 19)),
                                             request(2, QDate(2026, 10, 28)),
                                             request(3, QDate(2026, 10, 30))};
    Breach late = ownBreach(4, -5);
    const DueItems items =
        DueItems::compute(requests, {late, ownBreach(5, 30)}, {}, kFourWeeks, clock);
    CHECK(DueSummary::text(items) ==
          u"2 deadline(s) overdue. 1 breach notification deadline(s) run(s) out in 30 hour(s). "
          u"2 request(s) must be answered within 6 day(s)."_s);

    CHECK(DueSummary::text(DueItems::compute({}, {}, {}, kFourWeeks, clock)).isEmpty());
}

TEST_CASE("A processor's breach counts once, for its client clock", "[dashboard][text][due]")
{
    const FixedClock clock(kNow);
    Breach forClient = ownBreach(1, 69);
    forClient.clientId = 3; // no agreement: the 24 hours of a new one, 21 of them left
    forClient.discoveredAt = kNow.addSecs(-3 * 3600);
    const DueItems items = DueItems::compute({}, {forClient}, {}, kFourWeeks, clock);
    CHECK(DueSummary::text(items) ==
          u"1 breach notification deadline(s) run(s) out in 21 hour(s)."_s);
}
