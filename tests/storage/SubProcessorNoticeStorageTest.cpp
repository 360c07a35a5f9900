// Schema 9: the client's privacy contact and the notices of sub-processor changes. Clients of
// schema 6 keep everything and get an empty contact; the audit trail keeps its entries and
// its chain, and takes the new kind of record.

#include "core/json/DomainJson.h"
#include "repositories/RepositoryFixture.h"
#include "storage/audit/AuditTrail.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/SubProcessorNoticeRepository.h"
#include "storage/repositories/SubProcessorRepository.h"
#include "storage/schema/Migrations.h"
#include "storage/sqlite/SqliteDatabase.h"

#include <catch2/catch.hpp>

using namespace pr::storage;
using pr::core::SubProcessorNotice;

namespace {

SubProcessorNotice sampleNotice(qint64 subProcessorId, qint64 clientId, qint64 agreementId)
{
    SubProcessorNotice notice;
    notice.subProcessorId = subProcessorId;
    notice.clientId = clientId;
    notice.agreementId = agreementId;
    notice.change = pr::core::SubProcessorChange::Replaced;
    notice.replacedName = QStringLiteral("Oude Opslag B.V.");
    notice.sentDate = QDate(2026, 3, 2);
    notice.objectionDays = 14;
    notice.objectionDate = QDate(2026, 3, 10);
    notice.objectionText = QStringLiteral("Geen opslag buiten Nederland.");
    notice.outcome = pr::core::ObjectionOutcome::NotEngaged;
    return notice;
}

} // namespace

TEST_CASE("A client's privacy contact and a notice come back as they were stored",
          "[storage][subprocessor-notice]")
{
    pr::test::RepositoryFixture f;
    const qint64 client = ClientRepository::insert(f.db, f.audit, pr::test::sampleClient());
    REQUIRE(ClientRepository::find(f.db, client)->privacyContact ==
            pr::test::sampleClient().privacyContact);
    const qint64 sub =
        SubProcessorRepository::insert(f.db, f.audit, pr::test::sampleSubProcessor());
    const qint64 agreement =
        AgreementRepository::insert(f.db, f.audit, pr::test::sampleAgreement(client));

    SubProcessorNotice notice = sampleNotice(sub, client, agreement);
    notice.id = SubProcessorNoticeRepository::insert(f.db, f.audit, notice);
    CHECK(SubProcessorNoticeRepository::find(f.db, notice.id) == notice);
    CHECK(SubProcessorNoticeRepository::forClient(f.db, client) == QList{notice});
    CHECK(SubProcessorNoticeRepository::forSubProcessor(f.db, sub) == QList{notice});

    notice.outcome = pr::core::ObjectionOutcome::Withdrawn;
    SubProcessorNoticeRepository::update(f.db, f.audit, notice);
    CHECK(SubProcessorNoticeRepository::find(f.db, notice.id) == notice);
    CHECK(
        AuditTrail::entriesFor(f.db, pr::core::EntityKind::SubProcessorNotice, notice.id).size() ==
        2);
}

TEST_CASE("Deleting a sub-processor or an agreement deletes its notices, each on record",
          "[storage][subprocessor-notice]")
{
    pr::test::RepositoryFixture f;
    const qint64 client = ClientRepository::insert(f.db, f.audit, pr::test::sampleClient());
    const qint64 sub =
        SubProcessorRepository::insert(f.db, f.audit, pr::test::sampleSubProcessor());
    const qint64 agreement =
        AgreementRepository::insert(f.db, f.audit, pr::test::sampleAgreement(client));
    const qint64 first =
        SubProcessorNoticeRepository::insert(f.db, f.audit, sampleNotice(sub, client, agreement));
    const qint64 second =
        SubProcessorNoticeRepository::insert(f.db, f.audit, sampleNotice(sub, client, agreement));

    AgreementRepository::remove(f.db, f.audit, agreement);
    CHECK(SubProcessorNoticeRepository::all(f.db).isEmpty());
    for (const qint64 id : {first, second}) {
        const auto entries =
            AuditTrail::entriesFor(f.db, pr::core::EntityKind::SubProcessorNotice, id);
        REQUIRE(entries.size() == 2);
        CHECK(entries.last().action == pr::core::AuditAction::Delete);
    }
    SubProcessorRepository::remove(f.db, f.audit, sub);
    CHECK_FALSE(SubProcessorRepository::find(f.db, sub).has_value());
}

TEST_CASE("Clients and the audit trail of schema 6 migrate to the latest schema intact",
          "[storage][migrations][subprocessor-notice]")
{
    SqliteDatabase db = SqliteDatabase::createEmpty();
    Migrations::migrate(db, QStringLiteral("db"), 6);
    REQUIRE(db.userVersion() == 6);
    db.exec(uR"sql(
        INSERT OR IGNORE INTO organisation (id, legal_name) VALUES (1, 'Bitwerk Beheer B.V.');
        INSERT INTO client (id, legal_name, contact_name, contact_email)
            VALUES (7, 'Tandartspraktijk Zuid', 'Sanne Mulder', 'sanne@tandarts-zuid.example');
    )sql");
    // An audit entry written by the program of schema 6, so that the chain has something to
    // keep.
    pr::core::FixedClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC)};
    const AuditContext audit{clock, QStringLiteral("jdevries")};
    AuditTrail::record(
        db, audit, pr::core::EntityKind::Client, 7, pr::core::AuditAction::Insert, {},
        QJsonObject{{QStringLiteral("legalName"), QStringLiteral("Tandartspraktijk Zuid")}});
    REQUIRE_FALSE(AuditTrail::verify(db).has_value());

    Migrations::migrate(db, QStringLiteral("db"));
    CHECK(db.userVersion() == Migrations::latestVersion());
    const auto client = ClientRepository::find(db, 7);
    REQUIRE(client.has_value());
    CHECK(client->legalName == QStringLiteral("Tandartspraktijk Zuid"));
    CHECK(client->contactEmail == QStringLiteral("sanne@tandarts-zuid.example"));
    CHECK(client->privacyContact == pr::core::PrivacyContact{});
    CHECK(AuditTrail::entriesFor(db, pr::core::EntityKind::Client, 7).size() == 1);
    CHECK_FALSE(AuditTrail::verify(db).has_value());
    CHECK(db.integrityProblems().isEmpty());

    // The trail now takes a notice's entries too.
    AuditTrail::record(db, audit, pr::core::EntityKind::SubProcessorNotice, 1,
                       pr::core::AuditAction::Insert, {},
                       QJsonObject{{QStringLiteral("sentDate"), QStringLiteral("2026-03-02")}});
    CHECK_FALSE(AuditTrail::verify(db).has_value());
}
