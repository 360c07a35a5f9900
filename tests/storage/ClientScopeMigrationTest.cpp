// Schema 7: what a processor activity touches per client. A register of schema 6 keeps every
// activity as it was and gains no scopes, so every client's documents say what they said; the
// schema keeps a scope on the link between an activity and a client it serves.

#include "core/domain/ActivityForClient.h"
#include "core/domain/Client.h"
#include "repositories/RepositoryFixture.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/schema/Migrations.h"
#include "storage/sqlite/SqliteDatabase.h"

#include <catch2/catch.hpp>

using namespace pr::storage;
using pr::core::ProcessingActivity;
using pr::core::SpecialCategory;

namespace {

// A processor activity for two clients as schema 6 stores it, written with SQL: the
// repository speaks the latest schema only.
void insertSchema6Activity(SqliteDatabase& db)
{
    db.exec(uR"sql(
        INSERT INTO client (id, legal_name) VALUES (1, 'Tandartspraktijk Kies'),
                                                   (2, 'Administratiekantoor Telwerk');
        INSERT INTO processing_activity (id, name, role, retention_kind, retention_amount,
                                         retention_unit, retention_trigger,
                                         retention_description, source, source_description)
        VALUES (5, 'Back-up en herstel', 'processor', 'fixed', 90, 'days', 'collection',
                'Daarna overschreven', 'other', 'De klant');
        INSERT INTO activity_purpose (activity_id, position, purpose)
        VALUES (5, 0, 'Herstel na verlies');
        INSERT INTO activity_data_category (activity_id, position, category)
        VALUES (5, 0, 'NAW-gegevens'), (5, 1, 'Bestanden');
        INSERT INTO activity_data_subject_category (activity_id, position, category)
        VALUES (5, 0, 'Patiënten');
        INSERT INTO activity_special_category (activity_id, category, art9_exception)
        VALUES (5, 'health', 'h'), (5, 'bsn', NULL);
        INSERT INTO activity_client (activity_id, client_id, position) VALUES (5, 1, 0), (5, 2, 1);
    )sql");
}

} // namespace

TEST_CASE("Activities of schema 6 migrate to schema 7 with every client getting what it got",
          "[migrations][client-scope]")
{
    SqliteDatabase db = SqliteDatabase::createEmpty();
    Migrations::migrate(db, QStringLiteral("db"), 6);
    REQUIRE(db.userVersion() == 6);
    insertSchema6Activity(db);

    Migrations::migrate(db, QStringLiteral("db"));
    CHECK(db.userVersion() == Migrations::latestVersion());
    CHECK(db.integrityProblems().isEmpty());

    const std::optional<ProcessingActivity> activity = ActivityRepository::find(db, 5);
    REQUIRE(activity);
    CHECK(activity->clientIds == QList<qint64>{1, 2});
    CHECK(activity->clientScopes.isEmpty());
    CHECK(activity->dataCategories ==
          QStringList{QStringLiteral("NAW-gegevens"), QStringLiteral("Bestanden")});
    CHECK(activity->specialCategories == (SpecialCategory::Health | SpecialCategory::Bsn));
    CHECK(activity->retention.amount == 90);
    // No scope: each client gets the activity as it was before the migration.
    for (const qint64 client : {1, 2}) {
        ProcessingActivity forClient = pr::core::activityForClient(*activity, client);
        forClient.clientScopes = activity->clientScopes;
        CHECK(forClient == *activity);
    }
}

TEST_CASE("A client scope is stored only for a client the activity serves",
          "[schema][client-scope]")
{
    pr::test::RepositoryFixture f;
    const qint64 a = ClientRepository::insert(f.db, f.audit, pr::test::sampleClient());
    const qint64 b =
        ClientRepository::insert(f.db, f.audit, pr::test::sampleClient(QStringLiteral("Bakkerij")));
    const qint64 id = ActivityRepository::insert(f.db, f.audit, pr::test::sampleActivity({a}));
    // The scope hangs on the link with its client.
    CHECK_THROWS(f.db.exec(QStringLiteral("INSERT INTO activity_client_scope (activity_id, "
                                          "client_id, has_data_categories, "
                                          "has_special_categories, has_data_subject_categories) "
                                          "VALUES (%1, %2, 0, 0, 0)")
                               .arg(id)
                               .arg(b)));
    // An art. 9(2) ground only on an art. 9(1) category, as for the activity's own.
    CHECK_THROWS(f.db.exec(QStringLiteral("UPDATE activity_client_special_category "
                                          "SET art9_exception = 'a' WHERE category = 'children'")));

    // Unticking the client takes the scope and its lists along.
    ProcessingActivity activity = *ActivityRepository::find(f.db, id);
    pr::core::removeClient(activity, a);
    activity.role = pr::core::ProcessingRole::Controller;
    ActivityRepository::update(f.db, f.audit, activity);
    for (const char16_t* table :
         {u"activity_client_scope", u"activity_client_data_category",
          u"activity_client_data_subject_category", u"activity_client_special_category"}) {
        auto count =
            f.db.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromUtf16(table)));
        REQUIRE(count.step());
        CHECK(count.integer(0) == 0);
    }
}

TEST_CASE("Deleting a client takes its scopes along", "[repositories][client-scope]")
{
    pr::test::RepositoryFixture f;
    const qint64 a = ClientRepository::insert(f.db, f.audit, pr::test::sampleClient());
    const qint64 b =
        ClientRepository::insert(f.db, f.audit, pr::test::sampleClient(QStringLiteral("Bakkerij")));
    const qint64 id = ActivityRepository::insert(f.db, f.audit, pr::test::sampleActivity({a, b}));
    ClientRepository::removeCascade(f.db, f.audit, ClientRepository::removalPlan(f.db, a));
    const std::optional<ProcessingActivity> activity = ActivityRepository::find(f.db, id);
    REQUIRE(activity);
    CHECK(activity->clientIds == QList<qint64>{b});
    REQUIRE(activity->clientScopes.size() == 1);
    CHECK(activity->clientScopes[0].clientId == b);
}
