// The open deadlines at a moment: requests overdue, due soon or in time against the promise,
// the legal month or the extension; breach clocks in hours, never moved past a weekend.

#include "core/workflow/DueItems.h"

#include "../calendar/DateStringMakers.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

#include <stdexcept>

using namespace Qt::StringLiterals;
using pr::core::Agreement;
using pr::core::Breach;
using pr::core::BreachClock;
using pr::core::BreachClockKind;
using pr::core::DataSubjectRequest;
using pr::core::DueItems;
using pr::core::DueState;
using pr::core::FixedClock;
using pr::core::Period;
using pr::core::RequestDue;
using pr::core::RequestStatus;
using pr::core::WindowSource;

namespace {

const Period kFourWeeks{4, Period::Unit::Weeks};
// Central European Time, written as a fixed offset so that the test does not depend on the
// machine's time zone.
const QTimeZone kCet = QTimeZone(3600);

DataSubjectRequest openRequest(qint64 id, QDate received)
{
    DataSubjectRequest request;
    request.id = id;
    request.reference = u"R-%1"_s.arg(id);
    request.requesterName = u"Iemand"_s;
    request.receivedDate = received;
    request.status = RequestStatus::InProgress;
    return request;
}

const RequestDue& requestNamed(const DueItems& items, qint64 id)
{
    for (const RequestDue& due : items.requests) {
        if (due.requestId == id) {
            return due;
        }
    }
    FAIL("request " << id << " is not in the list");
    throw std::logic_error("unreachable");
}

Breach breachAt(qint64 id, const QDateTime& discovered)
{
    Breach breach;
    breach.id = id;
    breach.reference = u"DL-%1"_s.arg(id);
    breach.description = u"Laptop gestolen"_s;
    breach.discoveredAt = discovered;
    return breach;
}

Agreement agreementWith(qint64 clientId, int hours, QDate start,
                        pr::core::SigningState state = pr::core::SigningState::Countersigned)
{
    Agreement agreement;
    agreement.clientId = clientId;
    agreement.breachNotificationHours = hours;
    agreement.startDate = start;
    agreement.signingState = state;
    return agreement;
}

} // namespace

TEST_CASE("Requests are overdue, due within the chosen days, or in time", "[workflow][due]")
{
    // Wednesday 18 November 2026. Four weeks after receipt is the promise, which comes
    // before the legal month in every case here.
    const FixedClock clock(QDateTime(QDate(2026, 11, 18), QTime(9, 0)));
    const QList<DataSubjectRequest> requests{
        openRequest(1, QDate(2026, 10, 20)), // promised Tue 17 Nov: one day overdue
        openRequest(2, QDate(2026, 10, 21)), // promised Wed 18 Nov: today, 0 days left
        openRequest(3, QDate(2026, 10, 28)), // promised Wed 25 Nov: 7 days left
        openRequest(4, QDate(2026, 10, 29)), // promised Thu 26 Nov: 8 days left
    };
    const DueItems items = DueItems::compute(requests, {}, {}, kFourWeeks, clock);

    REQUIRE(items.requests.size() == 4);
    CHECK(requestNamed(items, 1).effective == QDate(2026, 11, 17));
    CHECK(requestNamed(items, 1).daysLeft == -1);
    CHECK(requestNamed(items, 1).state == DueState::Overdue);
    CHECK(requestNamed(items, 2).daysLeft == 0);
    CHECK(requestNamed(items, 2).state == DueState::DueSoon);
    CHECK(requestNamed(items, 3).daysLeft == 7);
    CHECK(requestNamed(items, 3).state == DueState::DueSoon);
    CHECK(requestNamed(items, 4).daysLeft == 8);
    CHECK(requestNamed(items, 4).state == DueState::Ok);
    CHECK(items.anyOverdue());
    CHECK(items.count(DueState::Overdue) == 1);
    CHECK(items.count(DueState::DueSoon) == 2);
    CHECK(items.count(DueState::Ok) == 1);

    // Three days ahead: the request due in 7 days is no longer "soon".
    const DueItems narrow = DueItems::compute(requests, {}, {}, kFourWeeks, clock, 3);
    CHECK(requestNamed(narrow, 3).state == DueState::Ok);
    CHECK(requestNamed(narrow, 2).state == DueState::DueSoon);
}

TEST_CASE("The promise comes from the caller, and the legal month caps it", "[workflow][due]")
{
    const FixedClock clock(QDateTime(QDate(2026, 11, 18), QTime(9, 0)));
    const QList<DataSubjectRequest> requests{openRequest(1, QDate(2026, 10, 20))};
    // With a promise of one month the effective deadline is the legal one, Friday 20 November.
    const DueItems month =
        DueItems::compute(requests, {}, {}, Period{1, Period::Unit::Months}, clock);
    CHECK(requestNamed(month, 1).effective == QDate(2026, 11, 20));
    CHECK(requestNamed(month, 1).state == DueState::DueSoon);
    // A promise longer than the law never pushes the deadline past the legal month.
    const DueItems longer =
        DueItems::compute(requests, {}, {}, Period{6, Period::Unit::Weeks}, clock);
    CHECK(requestNamed(longer, 1).effective == QDate(2026, 11, 20));
}

TEST_CASE("An extended request works to the extended legal deadline", "[workflow][due]")
{
    const FixedClock clock(QDateTime(QDate(2026, 11, 21), QTime(10, 0)));
    DataSubjectRequest request = openRequest(10, QDate(2026, 9, 28));
    // Not extended: promised 26 October, long overdue.
    CHECK(requestNamed(DueItems::compute({request}, {}, {}, kFourWeeks, clock), 10).state ==
          DueState::Overdue);
    request.extension = pr::core::RequestExtension{QDate(2026, 10, 16), u"Veel mail"_s};
    const RequestDue due =
        requestNamed(DueItems::compute({request}, {}, {}, kFourWeeks, clock), 10);
    CHECK(due.extended);
    CHECK(due.effective == QDate(2026, 12, 28));
    CHECK(due.daysLeft == 37);
    CHECK(due.state == DueState::Ok);
}

TEST_CASE("Closed requests have no deadline", "[workflow][due]")
{
    const FixedClock clock(QDateTime(QDate(2026, 11, 21), QTime(10, 0)));
    QList<DataSubjectRequest> requests;
    for (const RequestStatus status :
         {RequestStatus::Answered, RequestStatus::Refused, RequestStatus::Withdrawn}) {
        DataSubjectRequest closed = openRequest(requests.size() + 1, QDate(2026, 9, 1));
        closed.status = status;
        closed.answeredDate = QDate(2026, 9, 20);
        requests << closed;
    }
    const DueItems items = DueItems::compute(requests, {}, {}, kFourWeeks, clock);
    CHECK(items.requests.isEmpty());
    CHECK_FALSE(items.anyOverdue());
}

TEST_CASE("The AP clock runs 72 hours straight through a weekend", "[workflow][due][breach]")
{
    // Found on Friday 20 November 2026 at 16:00: the 72 hours end on Monday 23 November at
    // 16:00. Hours are not moved to a working day and the weekend is not skipped.
    const QDateTime friday(QDate(2026, 11, 20), QTime(16, 0), kCet);
    const QList<Breach> breaches{breachAt(4, friday)};

    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(15, 0), kCet));
    DueItems items = DueItems::compute({}, breaches, {}, kFourWeeks, clock);
    REQUIRE(items.breachClocks.size() == 1);
    const BreachClock running = items.breachClocks.first();
    CHECK(running.kind == BreachClockKind::Authority);
    CHECK(running.deadline == QDateTime(QDate(2026, 11, 23), QTime(16, 0), kCet));
    CHECK(running.hours == 72);
    CHECK(running.state == DueState::Running);
    CHECK(running.secondsLeft == 3600);
    CHECK(running.hoursLeft() == 1);
    CHECK_FALSE(items.anyOverdue());

    clock.set(QDateTime(QDate(2026, 11, 23), QTime(16, 1), kCet));
    items = DueItems::compute({}, breaches, {}, kFourWeeks, clock);
    REQUIRE(items.breachClocks.size() == 1);
    CHECK(items.breachClocks.first().state == DueState::Overdue);
    CHECK(items.breachClocks.first().hoursLeft() == -1);
    CHECK(items.anyOverdue());
}

TEST_CASE("The AP clock stops once the AP was notified or it was decided, with the reason, "
          "not to",
          "[workflow][due][breach]")
{
    const FixedClock clock(QDateTime(QDate(2026, 11, 21), QTime(10, 0), kCet));
    const QDateTime found(QDate(2026, 11, 20), QTime(9, 0), kCet);
    Breach notified = breachAt(1, found);
    notified.apNotified = true;
    Breach notNeeded = breachAt(2, found);
    notNeeded.apNotified = false;
    notNeeded.apNotNotifiedReason = u"Geen risico"_s;
    Breach reported = breachAt(3, found);
    reported.apNotifications << pr::core::ApNotification{pr::core::NotificationPhase::Initial,
                                                         found.addSecs(3600), u"Eerste"_s};
    const Breach undecided = breachAt(4, found);
    // "Not reported" without the reason is not the documented decision art. 33(5) asks for.
    Breach noReason = breachAt(5, found);
    noReason.apNotified = false;
    noReason.apNotNotifiedReason = u"  "_s;

    const DueItems items = DueItems::compute(
        {}, {notified, notNeeded, reported, undecided, noReason}, {}, kFourWeeks, clock);
    REQUIRE(items.breachClocks.size() == 2);
    CHECK(items.breachClocks.at(0).breachId == 4);
    CHECK(items.breachClocks.at(1).breachId == 5);
    for (const BreachClock& running : items.breachClocks) {
        CHECK(running.kind == BreachClockKind::Authority);
    }
}

TEST_CASE("A breach of a client's data runs the client's clock and never one for the AP",
          "[workflow][due][breach]")
{
    // As processor the firm tells the client; the client, as controller, reports to the AP.
    // An AP clock here would tell the firm to do what its agreement leaves to the client.
    const QDateTime found(QDate(2026, 11, 20), QTime(16, 0), kCet);
    FixedClock clock(QDateTime(QDate(2026, 11, 21), QTime(10, 0), kCet));
    Breach processor = breachAt(6, found);
    processor.clientId = 3; // the AP question left undecided, as a new user leaves it
    const QList<Agreement> agreements{agreementWith(3, 24, QDate(2025, 1, 1))};

    DueItems items = DueItems::compute({}, {processor}, agreements, kFourWeeks, clock);
    REQUIRE(items.breachClocks.size() == 1);
    const BreachClock client = items.breachClocks.first();
    CHECK(client.kind == BreachClockKind::Client);
    CHECK(client.hours == 24);
    CHECK(client.windowSource == WindowSource::AgreementInForce);
    CHECK(client.deadline == found.addSecs(24 * 3600));
    CHECK(client.hoursLeft() == 6);

    // Still none once the client's window has passed, nor after 72 hours, nor once the client
    // was told.
    clock.set(found.addSecs(80 * 3600));
    items = DueItems::compute({}, {processor}, agreements, kFourWeeks, clock);
    REQUIRE(items.breachClocks.size() == 1);
    CHECK(items.breachClocks.first().kind == BreachClockKind::Client);
    CHECK(items.breachClocks.first().state == DueState::Overdue);
    processor.clientNotifiedAt = found.addSecs(3 * 3600);
    CHECK(DueItems::compute({}, {processor}, agreements, kFourWeeks, clock).breachClocks.isEmpty());
}

TEST_CASE("The client clock takes the window of that client's agreement", "[workflow][due][breach]")
{
    const QDateTime found(QDate(2026, 11, 20), QTime(16, 0), kCet);
    const FixedClock clock(QDateTime(QDate(2026, 11, 21), QTime(10, 0), kCet));
    Breach breach = breachAt(5, found);
    breach.clientId = 3;

    const auto clientClock = [&](const QList<Agreement>& agreements) {
        const DueItems items = DueItems::compute({}, {breach}, agreements, kFourWeeks, clock);
        REQUIRE(items.breachClocks.size() == 1);
        CHECK(items.breachClocks.first().kind == BreachClockKind::Client);
        CHECK(items.breachClocks.first().clientId == 3);
        return items.breachClocks.first();
    };

    SECTION("the agreement in force")
    {
        const BreachClock c = clientClock(
            {agreementWith(3, 48, QDate(2025, 1, 1)), agreementWith(4, 12, QDate(2025, 1, 1))});
        CHECK(c.hours == 48);
        CHECK(c.windowSource == WindowSource::AgreementInForce);
        // Saturday 16:00 → Sunday 16:00: a weekend does not stop this clock either.
        CHECK(c.deadline == QDateTime(QDate(2026, 11, 22), QTime(16, 0), kCet));
        CHECK(c.state == DueState::Running);
        CHECK(c.hoursLeft() == 30);
    }
    SECTION("the strictest of two in force; a draft does not count")
    {
        const BreachClock c = clientClock(
            {agreementWith(3, 48, QDate(2025, 1, 1)), agreementWith(3, 36, QDate(2026, 1, 1)),
             agreementWith(3, 8, QDate(2026, 1, 1), pr::core::SigningState::Draft)});
        CHECK(c.hours == 36);
        CHECK(c.windowSource == WindowSource::AgreementInForce);
    }
    SECTION("none in force yet: the client's other agreement")
    {
        const BreachClock c = clientClock({agreementWith(3, 36, QDate(2027, 1, 1))});
        CHECK(c.hours == 36);
        CHECK(c.windowSource == WindowSource::AgreementNotInForce);
    }
    SECTION("no agreement: the default window, flagged")
    {
        const BreachClock c = clientClock({});
        CHECK(c.hours == 24);
        CHECK(c.windowSource == WindowSource::Default);
        CHECK(c.state == DueState::Running);
    }
    SECTION("the client was told: no clock")
    {
        breach.clientNotifiedAt = found.addSecs(2 * 3600);
        const DueItems items = DueItems::compute(
            {}, {breach}, {agreementWith(3, 48, QDate(2025, 1, 1))}, kFourWeeks, clock);
        CHECK(items.breachClocks.isEmpty());
    }
}

TEST_CASE("Urgency puts what runs out first first, requests and clocks together", "[workflow][due]")
{
    // Saturday 21 November 2026, 10:00.
    const FixedClock clock(QDateTime(QDate(2026, 11, 21), QTime(10, 0), kCet));
    const QList<DataSubjectRequest> requests{
        openRequest(1, QDate(2026, 10, 28)), // promised Wed 25 Nov
        openRequest(2, QDate(2026, 10, 13)), // promised Tue 10 Nov: overdue
    };
    const QList<Breach> breaches{
        breachAt(7, QDateTime(QDate(2026, 11, 20), QTime(8, 0), kCet)), // Mon 23 Nov 08:00
        breachAt(8, QDateTime(QDate(2026, 11, 21), QTime(8, 0), kCet)), // Tue 24 Nov 08:00
    };
    const DueItems items = DueItems::compute(requests, breaches, {}, kFourWeeks, clock);
    const QList<pr::core::DueEntry> order = items.byUrgency();
    REQUIRE(order.size() == 4);
    CHECK(std::get<RequestDue>(order.at(0)).requestId == 2);
    CHECK(std::get<BreachClock>(order.at(1)).breachId == 7);
    CHECK(std::get<BreachClock>(order.at(2)).breachId == 8);
    // The promise of Wednesday 25 November runs until the end of that day.
    CHECK(std::get<RequestDue>(order.at(3)).requestId == 1);
}
