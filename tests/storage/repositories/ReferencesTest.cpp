#include "storage/RegisterErrors.h"
#include "storage/audit/AuditTrail.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/BreachRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/ReferencedRowError.h"
#include "storage/repositories/RepositoryFixture.h"
#include "storage/repositories/RequestRepository.h"
#include "storage/repositories/SubProcessorRepository.h"

#include <catch2/catch.hpp>

using namespace pr::storage;
using namespace pr::core;
using pr::test::RepositoryFixture;

namespace {

// A client with one agreement and three processor activities, one of which a sub-processor
// serves and the agreement covers.
struct ClientInUse : RepositoryFixture {
    qint64 client = ClientRepository::insert(db, audit, pr::test::sampleClient());
    qint64 other =
        ClientRepository::insert(db, audit, pr::test::sampleClient(QStringLiteral("Bakkerij")));
    qint64 backup =
        ActivityRepository::insert(db, audit, pr::test::sampleActivity({client, other}));
    qint64 hosting = ActivityRepository::insert(
        db, audit, pr::test::sampleActivity({client}, QStringLiteral("Hosting")));
    qint64 mail = ActivityRepository::insert(
        db, audit, pr::test::sampleActivity({client}, QStringLiteral("E-mail")));
    qint64 agreement =
        AgreementRepository::insert(db, audit, pr::test::sampleAgreement(client, {backup}));
    qint64 sub = SubProcessorRepository::insert(db, audit, pr::test::sampleSubProcessor({backup}));
};

} // namespace

TEST_CASE("Deleting a client in use is refused and names what uses it", "[references]")
{
    ClientInUse f;
    try {
        ClientRepository::remove(f.db, f.audit, f.client);
        FAIL("a client with an agreement and activities was deleted");
    } catch (const ReferencedRowError& error) {
        CHECK(error.target() ==
              Referrer{EntityKind::Client, f.client, QStringLiteral("Tandartspraktijk Zuid")});
        const QList<Referrer> expected{
            {EntityKind::Agreement, f.agreement,
             QStringLiteral("Tandartspraktijk Zuid, version 1.2")},
            {EntityKind::ProcessingActivity, f.mail, QStringLiteral("E-mail")},
            {EntityKind::ProcessingActivity, f.hosting, QStringLiteral("Hosting")},
            {EntityKind::ProcessingActivity, f.backup, QStringLiteral("Remote backup")},
        };
        CHECK(error.referrers() == expected);
        // The message names kinds and counts, never the register's content.
        CHECK(error.message().startsWith(
            QStringLiteral("This client cannot be deleted: it is used by 1 data processing "
                           "agreement")));
        CHECK(error.message().contains(QStringLiteral(" and 3 processing activit")));
        CHECK_FALSE(error.message().contains(QStringLiteral("Tandartspraktijk")));
        // The detailed text, for the GUI, names each record.
        const QString details = error.detailedMessage();
        CHECK(details.startsWith(QStringLiteral("Client 'Tandartspraktijk Zuid' is used by")));
        CHECK(details.contains(QStringLiteral("processing activity 'Hosting'")));
        CHECK(details.contains(
            QStringLiteral("data processing agreement 'Tandartspraktijk Zuid, version 1.2'")));
    }
    CHECK(ClientRepository::find(f.db, f.client).has_value());
}

TEST_CASE("Requests and breaches of a client also keep it from being deleted", "[references]")
{
    RepositoryFixture f;
    const qint64 client = ClientRepository::insert(f.db, f.audit, pr::test::sampleClient());
    const qint64 request =
        RequestRepository::insert(f.db, f.audit, pr::test::sampleRequest(client));
    const qint64 breach = BreachRepository::insert(f.db, f.audit, pr::test::sampleBreach(client));
    try {
        ClientRepository::remove(f.db, f.audit, client);
        FAIL("a client with a request and a breach was deleted");
    } catch (const ReferencedRowError& error) {
        CHECK(error.referrers() ==
              QList<Referrer>{{EntityKind::DataSubjectRequest, request, QStringLiteral("2026-004")},
                              {EntityKind::Breach, breach, QStringLiteral("DL-2026-01")}});
    }
    // Without them it goes.
    RequestRepository::remove(f.db, f.audit, request);
    BreachRepository::remove(f.db, f.audit, breach);
    ClientRepository::remove(f.db, f.audit, client);
    CHECK_FALSE(ClientRepository::find(f.db, client).has_value());
}

TEST_CASE("Deleting an activity in an agreement or served by a sub-processor is refused",
          "[references]")
{
    ClientInUse f;
    try {
        ActivityRepository::remove(f.db, f.audit, f.backup);
        FAIL("an activity listed in an agreement was deleted");
    } catch (const ReferencedRowError& error) {
        CHECK(error.referrers() ==
              QList<Referrer>{
                  {EntityKind::Agreement, f.agreement,
                   QStringLiteral("Tandartspraktijk Zuid, version 1.2")},
                  {EntityKind::SubProcessor, f.sub, QStringLiteral("Opslag Noord B.V.")}});
    }
    // An activity nobody refers to goes, with its lists and its own client links.
    ActivityRepository::remove(f.db, f.audit, f.mail);
    CHECK_FALSE(ActivityRepository::find(f.db, f.mail).has_value());
    for (const char* table : {"activity_client", "activity_purpose", "activity_staff_operation"}) {
        INFO(table);
        CHECK(f.db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE activity_id = %2")
                              .arg(QLatin1String(table))
                              .arg(f.mail)) == 0);
    }
}

TEST_CASE("The foreign keys refuse a referenced delete behind the repositories", "[references]")
{
    ClientInUse f;
    CHECK_THROWS_AS(f.db.exec(u"DELETE FROM client WHERE id = 1"), DatabaseError);
    CHECK_THROWS_AS(f.db.exec(u"DELETE FROM processing_activity WHERE id = 1"), DatabaseError);
    // A record's own lists are part of it and go with it.
    CHECK_NOTHROW(f.db.exec(u"DELETE FROM agreement WHERE id = 1"));
    CHECK(f.db.scalar(u"SELECT count(*) FROM agreement_activity") == 0);
}

TEST_CASE("A client's removal plan lists its agreements and the activities it leaves",
          "[references]")
{
    ClientInUse f;
    const RemovalPlan plan = ClientRepository::removalPlan(f.db, f.client);
    CHECK(plan.target.name == QStringLiteral("Tandartspraktijk Zuid"));
    CHECK(plan.deleted == QList<Referrer>{{EntityKind::Agreement, f.agreement,
                                           QStringLiteral("Tandartspraktijk Zuid, version 1.2")}});
    CHECK(plan.unlinked.size() == 3);
    CHECK(plan.remaining.isEmpty());
    CHECK(plan.isPossible());
    CHECK(plan.describe().contains(QStringLiteral("Also deleted: data processing agreement")));

    ClientRepository::removeCascade(f.db, f.audit, plan);
    CHECK_FALSE(ClientRepository::find(f.db, f.client).has_value());
    CHECK_FALSE(AgreementRepository::find(f.db, f.agreement).has_value());
    // The activities stay and no longer list the client; the other client stays listed.
    CHECK(ActivityRepository::find(f.db, f.backup)->clientIds == QList<qint64>{f.other});
    CHECK(ActivityRepository::find(f.db, f.hosting)->clientIds.isEmpty());
    CHECK(f.db.integrityProblems().isEmpty());

    // Every record the cascade touched has its own audit entry.
    CHECK(AuditTrail::entriesFor(f.db, EntityKind::Agreement, f.agreement).last().action ==
          AuditAction::Delete);
    CHECK(AuditTrail::entriesFor(f.db, EntityKind::ProcessingActivity, f.hosting).last().action ==
          AuditAction::Update);
    CHECK(AuditTrail::entriesFor(f.db, EntityKind::Client, f.client).last().action ==
          AuditAction::Delete);
}

TEST_CASE("A cascade never deletes requests or breaches", "[references]")
{
    RepositoryFixture f;
    const qint64 client = ClientRepository::insert(f.db, f.audit, pr::test::sampleClient());
    const qint64 request =
        RequestRepository::insert(f.db, f.audit, pr::test::sampleRequest(client));
    const RemovalPlan plan = ClientRepository::removalPlan(f.db, client);
    CHECK_FALSE(plan.isPossible());
    CHECK(plan.remaining ==
          QList<Referrer>{{EntityKind::DataSubjectRequest, request, QStringLiteral("2026-004")}});
    CHECK_THROWS_AS(ClientRepository::removeCascade(f.db, f.audit, plan), ReferencedRowError);
    CHECK(ClientRepository::find(f.db, client).has_value());
}

TEST_CASE("A cascade the register has outgrown is refused", "[references]")
{
    ClientInUse f;
    const RemovalPlan plan = ClientRepository::removalPlan(f.db, f.client);
    // Between showing the plan and the user's confirmation, another agreement is added.
    AgreementRepository::insert(f.db, f.audit, pr::test::sampleAgreement(f.client));
    CHECK_THROWS_AS(ClientRepository::removeCascade(f.db, f.audit, plan), RegisterError);
    CHECK(ClientRepository::find(f.db, f.client).has_value());
    CHECK(AgreementRepository::forClient(f.db, f.client).size() == 2);
}

TEST_CASE("An activity's cascade takes it out of agreements and sub-processors", "[references]")
{
    ClientInUse f;
    const RemovalPlan plan = ActivityRepository::removalPlan(f.db, f.backup);
    CHECK(plan.deleted.isEmpty());
    CHECK(plan.unlinked ==
          QList<Referrer>{{EntityKind::Agreement, f.agreement,
                           QStringLiteral("Tandartspraktijk Zuid, version 1.2")},
                          {EntityKind::SubProcessor, f.sub, QStringLiteral("Opslag Noord B.V.")}});
    ActivityRepository::removeCascade(f.db, f.audit, plan);
    CHECK_FALSE(ActivityRepository::find(f.db, f.backup).has_value());
    CHECK(AgreementRepository::find(f.db, f.agreement)->activityIds.isEmpty());
    CHECK(SubProcessorRepository::find(f.db, f.sub)->activityIds.isEmpty());
    CHECK(f.db.integrityProblems().isEmpty());
}
