#include "usecases/subprocessors/SubProcessorNotices.h"

#include "UseCaseFixture.h"
#include "core/dashboard/DashboardWarning.h"
#include "storage/repositories/SubProcessorNoticeRepository.h"
#include "storage/repositories/SubProcessorRepository.h"
#include "usecases/due/DashboardWarningsQuery.h"

#include <catch2/catch.hpp>

#include <algorithm>

using pr::core::DashboardWarning;
using pr::core::ObjectionOutcome;
using pr::core::WarningKind;
using pr::core::WarningLevel;
using pr::storage::SubProcessorNoticeRepository;
using pr::usecases::ChangeResult;
using pr::usecases::SubProcessorNotices;

namespace {

// In the demo register: Skywatch Monitoring serves "Bewaking van systemen", which the
// agreements of clients 1 (30 days' notice), 2 (30) and 4 (14) hold, and client 3's does not.
constexpr qint64 kSkywatch = 4;
constexpr qint64 kNordpost = 3;
constexpr qint64 kDentist = 1;
constexpr qint64 kFoundation = 3;
constexpr qint64 kWebshop = 4;
constexpr qint64 kSurveillance = 6;
constexpr qint64 kRepairs = 9;

QList<qint64> clientIds(const QList<pr::core::AffectedClient>& affected)
{
    QList<qint64> ids;
    for (const pr::core::AffectedClient& client : affected) {
        ids << client.client.id;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

SubProcessorNotices::Sending sending(qint64 clientId, QDate date)
{
    SubProcessorNotices::Sending sent;
    sent.subProcessorId = kSkywatch;
    sent.clientId = clientId;
    sent.sentDate = date;
    return sent;
}

QList<DashboardWarning> objectionWarnings(const pr::test::UseCaseFixture& f)
{
    QList<DashboardWarning> found;
    for (const DashboardWarning& warning : pr::usecases::DashboardWarningsQuery::load(*f.context)) {
        if (warning.kind == WarningKind::SubProcessorObjectionPeriod ||
            warning.kind == WarningKind::SubProcessorObjectionOpen) {
            found << warning;
        }
    }
    return found;
}

void advanceDays(pr::test::UseCaseFixture& f, int days)
{
    f.clock.advanceSeconds(qint64(days) * 24 * 3600);
}

} // namespace

TEST_CASE("A sub-processor touches the clients whose agreements hold an activity it serves",
          "[usecases][subprocessor-notice]")
{
    pr::test::UseCaseFixture f;
    const auto affected = SubProcessorNotices::affectedClients(*f.context, kSkywatch);
    CHECK(clientIds(affected) == QList<qint64>{kDentist, 2, kWebshop});
    for (const pr::core::AffectedClient& client : affected) {
        CHECK(client.activityIds == QList<qint64>{kSurveillance});
        CHECK(client.agreement.clientId == client.client.id);
    }

    SECTION("an edit counts only the activities it newly serves")
    {
        const auto before = pr::storage::SubProcessorRepository::find(f.db(), kNordpost);
        REQUIRE(before.has_value());
        pr::core::SubProcessor after = *before;
        CHECK(SubProcessorNotices::affectedByChange(*f.context, *before, after).isEmpty());
        after.activityIds << kRepairs;
        // Repairs are in the agreements of the dentist and the foundation only.
        CHECK(clientIds(SubProcessorNotices::affectedByChange(*f.context, *before, after)) ==
              QList<qint64>{kDentist, kFoundation});
    }
}

TEST_CASE("A notice takes the objection period of the client's own agreement",
          "[usecases][subprocessor-notice]")
{
    pr::test::UseCaseFixture f;
    const ChangeResult webshop =
        SubProcessorNotices::recordSent(*f.context, sending(kWebshop, f.today()));
    REQUIRE(webshop.status == ChangeResult::Status::Saved);
    const ChangeResult dentist =
        SubProcessorNotices::recordSent(*f.context, sending(kDentist, f.today()));
    REQUIRE(dentist.status == ChangeResult::Status::Saved);

    const auto webshopNotice = SubProcessorNoticeRepository::find(f.db(), webshop.id);
    const auto dentistNotice = SubProcessorNoticeRepository::find(f.db(), dentist.id);
    REQUIRE(webshopNotice.has_value());
    REQUIRE(dentistNotice.has_value());
    CHECK(webshopNotice->objectionDays == 14);
    CHECK(webshopNotice->objectionDeadline() == QDate(2026, 12, 5));
    CHECK(webshopNotice->agreementId == 4);
    CHECK(dentistNotice->objectionDeadline() == QDate(2026, 12, 21));
    // Saved means on disk.
    CHECK(SubProcessorNoticeRepository::all(f.reopened()->database()).size() == 2);

    SECTION("a client the sub-processor does not touch is not told")
    {
        const ChangeResult refused =
            SubProcessorNotices::recordSent(*f.context, sending(kFoundation, f.today()));
        CHECK(refused.refused());
        CHECK_FALSE(refused.message.isEmpty());
    }
    SECTION("a notice is recorded once it is sent, not before")
    {
        const ChangeResult refused =
            SubProcessorNotices::recordSent(*f.context, sending(kWebshop, f.today().addDays(1)));
        REQUIRE(refused.refused());
        CHECK(refused.issues.constFirst().field == QStringLiteral("sentDate"));
    }
    SECTION("a replacement names what it replaces")
    {
        SubProcessorNotices::Sending replacing = sending(kWebshop, f.today());
        replacing.change = pr::core::SubProcessorChange::Replaced;
        CHECK(SubProcessorNotices::recordSent(*f.context, replacing).refused());
        replacing.replacedName = QStringLiteral("Oude Monitoring B.V.");
        CHECK(SubProcessorNotices::recordSent(*f.context, replacing).changed());
    }
}

TEST_CASE("The overview follows each objection period to its end and an objection to its outcome",
          "[usecases][subprocessor-notice][dashboard]")
{
    pr::test::UseCaseFixture f;
    REQUIRE(SubProcessorNotices::recordSent(*f.context, sending(kWebshop, f.today())).changed());
    const qint64 dentistNotice =
        SubProcessorNotices::recordSent(*f.context, sending(kDentist, f.today())).id;

    QList<DashboardWarning> warnings = objectionWarnings(f);
    REQUIRE(warnings.size() == 2);
    for (const DashboardWarning& warning : warnings) {
        CHECK(warning.kind == WarningKind::SubProcessorObjectionPeriod);
        CHECK(warning.level == WarningLevel::ToDo); // 14 and 30 days left
        CHECK(warning.entity == pr::core::EntityKind::SubProcessor);
        CHECK(warning.entityId == kSkywatch);
    }

    // 29 November: six days left for the webshop.
    advanceDays(f, 8);
    warnings = objectionWarnings(f);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings.constFirst().clientName == QStringLiteral("Trapkracht Webwinkel B.V."));
    CHECK(warnings.constFirst().level == WarningLevel::Soon);
    CHECK(warnings.constFirst().daysLeft == 6);
    CHECK(warnings.constFirst().due == QDate(2026, 12, 5));

    // 6 December: the webshop's period ended without an objection, the dentist's runs.
    advanceDays(f, 7);
    warnings = objectionWarnings(f);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.constFirst().clientName == QStringLiteral("Tandartspraktijk Zonnehoek B.V."));

    SubProcessorNotices::Objection objection;
    objection.noticeId = dentistNotice;
    objection.date = f.today();
    objection.text = QStringLiteral("Geen gezondheidsgegevens naar de Verenigde Staten.");
    REQUIRE(SubProcessorNotices::recordObjection(*f.context, objection).changed());
    warnings = objectionWarnings(f);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.constFirst().kind == WarningKind::SubProcessorObjectionOpen);
    CHECK(SubProcessorNotices::open(*f.context).size() == 1);

    // Long after the period, the objection without an outcome still asks for one; settled, it
    // is done.
    advanceDays(f, 60);
    CHECK(objectionWarnings(f).size() == 1);
    objection.outcome = ObjectionOutcome::NotEngaged;
    REQUIRE(SubProcessorNotices::recordObjection(*f.context, objection).changed());
    CHECK(objectionWarnings(f).isEmpty());
    CHECK(SubProcessorNotices::open(*f.context).isEmpty());
    const auto stored = SubProcessorNoticeRepository::find(f.db(), dentistNotice);
    REQUIRE(stored.has_value());
    CHECK(stored->outcome == ObjectionOutcome::NotEngaged);
    CHECK(stored->objectionDate == QDate(2026, 12, 6));
}

TEST_CASE("An objection after the period, in the future or without grounds is refused",
          "[usecases][subprocessor-notice]")
{
    pr::test::UseCaseFixture f;
    const qint64 notice =
        SubProcessorNotices::recordSent(*f.context, sending(kWebshop, f.today())).id;
    SubProcessorNotices::Objection objection;
    objection.noticeId = notice;
    objection.date = f.today();

    const ChangeResult withoutGrounds = SubProcessorNotices::recordObjection(*f.context, objection);
    REQUIRE(withoutGrounds.refused());
    CHECK(withoutGrounds.issues.constFirst().field == QStringLiteral("objectionText"));

    objection.text = QStringLiteral("Te laat.");
    objection.date = f.today().addDays(1);
    CHECK(SubProcessorNotices::recordObjection(*f.context, objection).refused());

    // 6 December: the last day was the 5th.
    advanceDays(f, 15);
    objection.date = f.today();
    const ChangeResult late = SubProcessorNotices::recordObjection(*f.context, objection);
    REQUIRE(late.refused());
    CHECK(late.issues.constFirst().field == QStringLiteral("objectionDate"));
    objection.date = QDate(2026, 12, 5);
    CHECK(SubProcessorNotices::recordObjection(*f.context, objection).changed());
}
