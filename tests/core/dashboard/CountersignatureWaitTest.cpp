#include "core/dashboard/DashboardRules.h"
#include "core/dashboard/WarningText.h"
#include "core/time/Clock.h"

#include <catch2/catch.hpp>

using namespace pr::core;

// Issue 7, item 4: the overview chases a countersignature that the client has had for more
// than two weeks. The moment comes from an injected clock.

namespace {

const Period kFourWeeks{4, Period::Unit::Weeks};

Agreement waiting(qint64 id, SigningState state, QDate sent, QDate signedByUs)
{
    Agreement agreement;
    agreement.id = id;
    agreement.clientId = 7;
    agreement.version = QStringLiteral("1.0");
    agreement.startDate = QDate(2027, 1, 1);
    agreement.signingState = state;
    agreement.sentDate = sent;
    agreement.firmSignatory.date = signedByUs;
    return agreement;
}

QList<DashboardWarning> warningsOn(const Clock& clock, const QList<Agreement>& agreements)
{
    DashboardInput input;
    input.agreements = agreements;
    Client client;
    client.id = 7;
    client.legalName = QStringLiteral("Bakkerij Korrel B.V.");
    input.clients << client;
    return dashboardWarnings(DueItems::compute({}, {}, agreements, kFourWeeks, clock), input);
}

} // namespace

TEST_CASE("A countersignature waited for more than 14 days is chased", "[dashboard][agreement]")
{
    FixedClock clock(QDateTime(QDate(2026, 11, 15), QTime(10, 0)));
    const QList<Agreement> agreements{
        waiting(1, SigningState::SignedByFirm, QDate(2026, 11, 2), QDate(2026, 11, 1)),
        waiting(2, SigningState::Sent, QDate(2026, 11, 1), QDate()),
    };

    // Day 13 and day 14 after the client got it: not yet.
    auto warnings = warningsOn(clock, agreements);
    REQUIRE(warnings.size() == 2);
    for (const DashboardWarning& warning : warnings) {
        CHECK(warning.kind == WarningKind::AgreementNotCountersigned);
    }

    // Day 15 for the one sent on 1 November: chased, with the day it was sent.
    clock.advanceSeconds(24 * 3600);
    warnings = warningsOn(clock, agreements);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].kind == WarningKind::AgreementCountersignatureOverdue);
    CHECK(warnings[0].entity == EntityKind::Agreement);
    CHECK(warnings[0].entityId == 2);
    CHECK(warnings[0].level == WarningLevel::Soon);
    CHECK(warnings[0].due == QDate(2026, 11, 1));
    CHECK(warnings[0].daysWaiting == 15);
    CHECK(warnings[1].kind == WarningKind::AgreementNotCountersigned);
    CHECK(WarningText::details(warnings[0]).contains(QStringLiteral("Bakkerij Korrel B.V.")));

    // The one we signed first counts from the later day it was sent.
    clock.advanceSeconds(24 * 3600);
    warnings = warningsOn(clock, agreements);
    REQUIRE(warnings.size() == 2);
    // The longest wait first.
    CHECK(warnings[0].entityId == 2);
    CHECK(warnings[0].daysWaiting == 16);
    CHECK(warnings[1].kind == WarningKind::AgreementCountersignatureOverdue);
    CHECK(warnings[1].entityId == 1);
    CHECK(warnings[1].due == QDate(2026, 11, 2));
    CHECK(warnings[1].daysWaiting == 15);
}

TEST_CASE("A chased countersignature is urgent once the agreement has started",
          "[dashboard][agreement]")
{
    const FixedClock clock(QDateTime(QDate(2027, 1, 5), QTime(10, 0)));
    const auto warnings =
        warningsOn(clock, {waiting(1, SigningState::SignedByFirm, QDate(), QDate(2026, 12, 1))});
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].kind == WarningKind::AgreementCountersignatureOverdue);
    CHECK(warnings[0].level == WarningLevel::Urgent);
    CHECK(warnings[0].due == QDate(2026, 12, 1));
}

TEST_CASE("Drafts, countersigned and terminated agreements are not chased",
          "[dashboard][agreement]")
{
    const FixedClock clock(QDateTime(QDate(2026, 12, 31), QTime(10, 0)));
    Agreement countersigned =
        waiting(1, SigningState::Countersigned, QDate(2026, 1, 1), QDate(2026, 1, 1));
    Agreement terminated = countersigned;
    terminated.id = 2;
    terminated.signingState = SigningState::Terminated;
    Agreement draft = waiting(3, SigningState::Draft, QDate(), QDate());
    const auto warnings = warningsOn(clock, {countersigned, terminated, draft});
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].entityId == 3);
    CHECK(warnings[0].kind == WarningKind::AgreementNotCountersigned);
}
