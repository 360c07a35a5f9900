#include "core/dashboard/DashboardRules.h"

#include "core/json/RegisterDocument.h"
#include "core/time/Clock.h"

#include <QFile>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace pr::core;

// The rules of the overview's warnings (issue 5, item 4), judged on Saturday 21 November 2026,
// the day the demo register is written for, with the usual promise of four weeks.

namespace {

const QDate kToday(2026, 11, 21);
const Period kFourWeeks{4, Period::Unit::Weeks};

QDateTime at(QDate date, QTime time)
{
    return QDateTime(date, time); // local time, as the user's clock reads it
}

const QDateTime kNow = at(kToday, QTime(9, 0));

DataSubjectRequest request(qint64 id, QDate received,
                           RequestStatus status = RequestStatus::InProgress)
{
    DataSubjectRequest result;
    result.id = id;
    result.reference = QStringLiteral("VZ-%1").arg(id);
    result.requesterName = QStringLiteral("A. Jansen");
    result.receivedDate = received;
    result.status = status;
    return result;
}

// What the register holds: the overview gets its deadlines from DueItems over these, as
// usecases::DashboardWarningsQuery computes them, and the rest from the records.
struct Records {
    QList<DataSubjectRequest> requests;
    QList<Breach> breaches;
    QList<Agreement> agreements;
    QList<Client> clients;
    QList<ProcessingActivity> activities;
    QList<SecurityMeasure> measures;
};

QList<DashboardWarning> warningsFor(const Records& records, const QDateTime& now = kNow,
                                    const Period& promise = kFourWeeks)
{
    const FixedClock clock(now);
    const DueItems due = DueItems::compute(records.requests, records.breaches, records.agreements,
                                           promise, clock, kDueSoonDays);
    return dashboardWarnings(due, {records.requests,
                                   records.agreements,
                                   records.clients,
                                   records.activities,
                                   records.measures,
                                   {},
                                   {}});
}

QList<DashboardWarning> ofKind(const QList<DashboardWarning>& warnings, WarningKind kind)
{
    QList<DashboardWarning> result;
    std::copy_if(warnings.begin(), warnings.end(), std::back_inserter(result),
                 [kind](const DashboardWarning& warning) { return warning.kind == kind; });
    return result;
}

json::RegisterDocument demo()
{
    QFile file(QStringLiteral(PR_SOURCE_DIR "/resources/demo/demo-register.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    json::RegisterDocument document;
    QList<json::JsonIssue> issues;
    REQUIRE(json::parseRegisterDocument(file.readAll(), document, issues));
    return document;
}

} // namespace

TEST_CASE("A request is overdue after the earlier of our promise and the legal month",
          "[dashboard]")
{
    Records input;
    // Received Monday 19 October: promised by 16 November, legal deadline 19 November.
    input.requests << request(1, QDate(2026, 10, 19));
    const auto warnings = warningsFor(input);
    REQUIRE(warnings.size() == 1);
    const DashboardWarning& warning = warnings.first();
    CHECK(warning.kind == WarningKind::RequestOverdue);
    CHECK(warning.level == WarningLevel::Urgent);
    CHECK(warning.entity == EntityKind::DataSubjectRequest);
    CHECK(warning.entityId == 1);
    CHECK(warning.subject == QStringLiteral("VZ-1 (A. Jansen)"));
    CHECK(warning.due == QDate(2026, 11, 16));
    CHECK(warning.promisedDue == QDate(2026, 11, 16));
    CHECK(warning.legalDue == QDate(2026, 11, 19));
    CHECK(warning.daysLeft == -5);
    CHECK_FALSE(warning.extended);
}

TEST_CASE("A request is due soon when its deadline falls within seven days", "[dashboard]")
{
    Records input;
    // Promised by Wednesday 25 November; the legal month ends on Saturday 28 November and
    // moves to Monday 30 November.
    input.requests << request(1, QDate(2026, 10, 28));
    const auto warnings = warningsFor(input);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].kind == WarningKind::RequestDueSoon);
    CHECK(warnings[0].level == WarningLevel::Soon);
    CHECK(warnings[0].entityId == 1);
    CHECK(warnings[0].due == QDate(2026, 11, 25));
    CHECK(warnings[0].daysLeft == 4);
    CHECK(warnings[0].legalDue == QDate(2026, 11, 30));
}

TEST_CASE("Seven days left is due soon, eight is not yet", "[dashboard]")
{
    // On Friday 20 November: promised by Friday 27 November (seven days), and by Monday
    // 30 November (the four weeks end on a Saturday).
    Records input;
    input.requests << request(1, QDate(2026, 10, 30)) << request(2, QDate(2026, 10, 31));
    const auto warnings = warningsFor(input, at(QDate(2026, 11, 20), QTime(9, 0)));
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].entityId == 1);
    CHECK(warnings[0].daysLeft == 7);
}

TEST_CASE("A request due today is due soon, not overdue", "[dashboard]")
{
    Records input;
    input.requests << request(1, QDate(2026, 10, 23)); // promised by Friday 20 November
    const auto warnings = warningsFor(input, at(QDate(2026, 11, 20), QTime(23, 59)));
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].kind == WarningKind::RequestDueSoon);
    CHECK(warnings[0].daysLeft == 0);
}

TEST_CASE("Closed requests and requests far from their deadline give no warning", "[dashboard]")
{
    Records input;
    input.requests << request(1, QDate(2026, 1, 5), RequestStatus::Answered)
                   << request(2, QDate(2026, 1, 5), RequestStatus::Refused)
                   << request(3, QDate(2026, 1, 5), RequestStatus::Withdrawn)
                   << request(4, QDate(2026, 11, 16)) << request(5, QDate());
    CHECK(warningsFor(input).isEmpty());
}

TEST_CASE("An extended request works to the extended legal deadline only", "[dashboard]")
{
    Records input;
    DataSubjectRequest extended = request(1, QDate(2026, 8, 20));
    extended.extension = RequestExtension{QDate(2026, 9, 1), QStringLiteral("veel systemen")};
    input.requests << extended;
    const auto warnings = warningsFor(input);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].kind == WarningKind::RequestOverdue);
    CHECK(warnings[0].extended);
    CHECK(warnings[0].legalDue == QDate(2026, 11, 20));
    CHECK(warnings[0].due == QDate(2026, 11, 20));
}

TEST_CASE("A promise longer than the law does not postpone the warning", "[dashboard]")
{
    Records input;
    input.requests << request(1, QDate(2026, 10, 19));
    const auto warnings = warningsFor(input, kNow, Period{6, Period::Unit::Weeks});
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].due == QDate(2026, 11, 19));
    CHECK(warnings[0].promisedDue == QDate(2026, 11, 30));
}

TEST_CASE("An undecided breach runs the 72-hour clock from its discovery", "[dashboard]")
{
    Records input;
    Breach breach;
    breach.id = 4;
    breach.reference = QStringLiteral("DL-2026-04");
    breach.discoveredAt = at(QDate(2026, 11, 20), QTime(15, 0));
    input.breaches << breach;

    auto warnings = warningsFor(input);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].kind == WarningKind::BreachApClock);
    CHECK(warnings[0].level == WarningLevel::Urgent);
    CHECK(warnings[0].entity == EntityKind::Breach);
    CHECK(warnings[0].entityId == 4);
    CHECK(warnings[0].subject == QStringLiteral("DL-2026-04"));
    CHECK(warnings[0].clockDeadline == at(QDate(2026, 11, 23), QTime(15, 0)));
    CHECK(warnings[0].hoursLeft == 54);
    CHECK(warnings[0].windowHours == 72);

    // Half an hour before the end no whole hour is left; half an hour after, it is past.
    warnings = warningsFor(input, at(QDate(2026, 11, 23), QTime(14, 30)));
    CHECK(warnings[0].hoursLeft == 0);
    warnings = warningsFor(input, at(QDate(2026, 11, 23), QTime(15, 30)));
    CHECK(warnings[0].hoursLeft == -1);

    SECTION("a decision stops the clock, either way, as it stops the one of DueItems")
    {
        input.breaches[0].apNotified = true;
        CHECK(warningsFor(input).isEmpty());
        // Not reported, and not yet why: no documented decision (art. 33(5)), the clock runs.
        input.breaches[0].apNotified = false;
        CHECK(warningsFor(input).size() == 1);
        input.breaches[0].apNotNotifiedReason = QStringLiteral("Geen risico: versleuteld");
        CHECK(warningsFor(input).isEmpty());
    }
    SECTION("a report listed stops the clock, as it stops the one of DueItems")
    {
        input.breaches[0].apNotifications << ApNotification{
            NotificationPhase::Initial, at(QDate(2026, 11, 20), QTime(18, 0)), QString()};
        CHECK(warningsFor(input).isEmpty());
    }
}

TEST_CASE("As processor, the client's clock runs the window of the client's agreement",
          "[dashboard]")
{
    Records input;
    Client client;
    client.id = 2;
    client.legalName = QStringLiteral("Lindeboom Accountants B.V.");
    input.clients << client;
    Agreement inForce;
    inForce.id = 1;
    inForce.clientId = 2;
    inForce.signingState = SigningState::Countersigned;
    inForce.startDate = QDate(2025, 1, 1);
    inForce.breachNotificationHours = 48;
    Agreement newDraft = inForce;
    newDraft.id = 2;
    newDraft.signingState = SigningState::Draft;
    newDraft.startDate = QDate(2027, 1, 1);
    newDraft.breachNotificationHours = 12;
    input.agreements << newDraft << inForce;
    Breach breach;
    breach.id = 3;
    breach.clientId = 2; // the report to the AP left undecided: it is the client's to make
    breach.discoveredAt = at(QDate(2026, 11, 20), QTime(15, 0));
    input.breaches << breach;

    const auto warnings = warningsFor(input);
    CHECK(ofKind(warnings, WarningKind::BreachApClock).isEmpty());
    auto clocks = ofKind(warnings, WarningKind::BreachClientClock);
    REQUIRE(clocks.size() == 1);
    CHECK(clocks[0].windowHours == 48);
    CHECK(clocks[0].windowSource == WindowSource::AgreementInForce);
    CHECK(clocks[0].clockDeadline == at(QDate(2026, 11, 22), QTime(15, 0)));
    CHECK(clocks[0].hoursLeft == 30);
    CHECK(clocks[0].clientName == QStringLiteral("Lindeboom Accountants B.V."));

    SECTION("no AP clock either once the 72 hours would have passed")
    {
        const auto later = warningsFor(input, at(QDate(2026, 11, 24), QTime(9, 0)));
        CHECK(ofKind(later, WarningKind::BreachApClock).isEmpty());
        REQUIRE(ofKind(later, WarningKind::BreachClientClock).size() == 1);
        CHECK(ofKind(later, WarningKind::BreachClientClock)[0].hoursLeft < 0);
    }
    SECTION("without an agreement the window of a new agreement stands in")
    {
        input.agreements.clear();
        clocks = ofKind(warningsFor(input), WarningKind::BreachClientClock);
        REQUIRE(clocks.size() == 1);
        CHECK(clocks[0].windowHours == 24);
        CHECK(clocks[0].windowSource == WindowSource::Default);
        CHECK(clocks[0].hoursLeft == 6);
    }
    SECTION("telling the client stops the clock")
    {
        input.breaches[0].clientNotifiedAt = at(QDate(2026, 11, 20), QTime(16, 0));
        CHECK(ofKind(warningsFor(input), WarningKind::BreachClientClock).isEmpty());
    }
}

TEST_CASE("Breach clocks are listed by the moment they run out, whatever their kind", "[dashboard]")
{
    Records input;
    Breach own;
    own.id = 1;
    own.discoveredAt = at(QDate(2026, 11, 21), QTime(6, 0)); // AP: 69 hours left
    Breach forClient;
    forClient.id = 2;
    forClient.clientId = 5; // no agreement: 24 hours, 19 of them left
    forClient.discoveredAt = at(QDate(2026, 11, 21), QTime(4, 0));
    input.breaches << own << forClient;
    const auto warnings = warningsFor(input);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].kind == WarningKind::BreachClientClock);
    CHECK(warnings[0].hoursLeft == 19);
    CHECK(warnings[1].kind == WarningKind::BreachApClock);
    CHECK(warnings[1].hoursLeft == 69);
}

TEST_CASE("An agreement without the client's signature is urgent once it has started",
          "[dashboard]")
{
    Records input;
    const auto agreement = [](qint64 id, SigningState state, QDate start) {
        Agreement result;
        result.id = id;
        result.clientId = 1;
        result.signingState = state;
        result.startDate = start;
        return result;
    };
    input.agreements << agreement(1, SigningState::Countersigned, QDate(2025, 1, 1))
                     << agreement(2, SigningState::Terminated, QDate(2024, 1, 1))
                     << agreement(3, SigningState::SignedByFirm, QDate(2026, 11, 1))
                     << agreement(4, SigningState::Sent, QDate(2026, 12, 1))
                     << agreement(5, SigningState::Draft, QDate());
    const auto warnings = warningsFor(input);
    REQUIRE(warnings.size() == 3);
    CHECK(warnings[0].entityId == 3);
    CHECK(warnings[0].level == WarningLevel::Urgent);
    CHECK(warnings[0].due == QDate(2026, 11, 1));
    CHECK(warnings[1].level == WarningLevel::ToDo);
    CHECK(warnings[2].level == WarningLevel::ToDo);
    for (const DashboardWarning& warning : warnings) {
        CHECK(warning.kind == WarningKind::AgreementNotCountersigned);
        CHECK(warning.entity == EntityKind::Agreement);
    }
}

TEST_CASE("Controller activities need a legal basis, every activity a retention period",
          "[dashboard]")
{
    Records input;
    ProcessingActivity own;
    own.id = 1;
    own.name = QStringLiteral("Nieuwsbrief");
    own.role = ProcessingRole::Controller;
    ProcessingActivity forClients = own;
    forClients.id = 2;
    forClients.name = QStringLiteral("Back-up");
    forClients.role = ProcessingRole::Processor;
    forClients.retention.kind = RetentionKind::DurationOfAgreement;
    ProcessingActivity complete = own;
    complete.id = 3;
    complete.legalBasis = LegalBasis::Consent;
    complete.retention.kind = RetentionKind::Fixed;
    input.activities << own << forClients << complete;

    const auto warnings = warningsFor(input);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].kind == WarningKind::ActivityWithoutLegalBasis);
    CHECK(warnings[1].kind == WarningKind::ActivityWithoutRetention);
    for (const DashboardWarning& warning : warnings) {
        CHECK(warning.entityId == 1);
        CHECK(warning.subject == QStringLiteral("Nieuwsbrief"));
        CHECK(warning.level == WarningLevel::ToDo);
    }
}

TEST_CASE("A measure in place must have been reviewed within a year", "[dashboard]")
{
    Records input;
    const auto measure = [](qint64 id, MeasureStatus status, QDate reviewed) {
        SecurityMeasure result;
        result.id = id;
        result.title = QStringLiteral("Maatregel %1").arg(id);
        result.status = status;
        result.lastReviewDate = reviewed;
        return result;
    };
    input.measures << measure(1, MeasureStatus::InPlace, QDate(2025, 11, 22))
                   << measure(2, MeasureStatus::InPlace, QDate(2025, 11, 21))
                   << measure(3, MeasureStatus::InPlace, QDate())
                   << measure(4, MeasureStatus::Planned, QDate());
    const auto warnings = warningsFor(input);
    REQUIRE(warnings.size() == 2);
    // Never reviewed is the oldest review of all.
    CHECK(warnings[0].entityId == 3);
    CHECK_FALSE(warnings[0].due.isValid());
    CHECK(warnings[1].entityId == 2);
    CHECK(warnings[1].due == QDate(2025, 11, 21));
    CHECK(warnings[1].kind == WarningKind::MeasureNotReviewed);
}

TEST_CASE("Warnings come urgent first, then soon, then the housekeeping", "[dashboard]")
{
    Records input;
    ProcessingActivity activity;
    activity.id = 1;
    activity.role = ProcessingRole::Processor;
    input.activities << activity;
    input.requests << request(2, QDate(2026, 10, 28)) << request(1, QDate(2026, 10, 19));
    Breach breach;
    breach.id = 1;
    breach.discoveredAt = at(QDate(2026, 11, 20), QTime(15, 0));
    input.breaches << breach;
    const auto warnings = warningsFor(input);
    REQUIRE(warnings.size() == 4);
    CHECK(warnings[0].kind == WarningKind::BreachApClock);
    CHECK(warnings[1].kind == WarningKind::RequestOverdue);
    CHECK(warnings[2].kind == WarningKind::RequestDueSoon);
    CHECK(warnings[3].kind == WarningKind::ActivityWithoutRetention);
}

TEST_CASE("The demo register on 21 November 2026 warns of its late requests and unsigned "
          "agreements",
          "[dashboard][demo]")
{
    const json::RegisterDocument document = demo();
    Records input;
    input.requests = document.requests;
    input.breaches = document.breaches;
    input.agreements = document.agreements;
    input.clients = document.clients;
    input.activities = document.activities;
    input.measures = document.measures;
    const auto warnings = warningsFor(input);

    const auto overdue = ofKind(warnings, WarningKind::RequestOverdue);
    REQUIRE(overdue.size() == 2);
    CHECK(overdue[0].subject == QStringLiteral("VZ-2026-06 (C. Hoekstra)"));
    CHECK(overdue[1].subject == QStringLiteral("VZ-2026-05 (R. Willems)"));
    const auto soon = ofKind(warnings, WarningKind::RequestDueSoon);
    REQUIRE(soon.size() == 2);
    CHECK(soon[0].subject == QStringLiteral("VZ-2026-07 (I. Bos)"));
    CHECK(soon[1].subject == QStringLiteral("VZ-2026-08 (D. Kuiper)"));
    const auto unsigned_ = ofKind(warnings, WarningKind::AgreementNotCountersigned);
    REQUIRE(unsigned_.size() == 3);
    CHECK(unsigned_[0].subject == QStringLiteral("Lindeboom Accountants B.V."));
    // Every breach of the demo is decided and every client told; every activity complete and
    // every measure in place reviewed in September.
    CHECK(warnings.size() == 7);
}
