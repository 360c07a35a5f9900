// The schema's CHECK constraints against what the domain allows: every code of every enum is
// accepted by its column and nothing else is, so that the two cannot drift apart silently.
// The values are written with raw SQL, as a damaged or hand-edited register would hold them.

#include "core/domain/AuditAction.h"
#include "core/domain/EntityKind.h"
#include "storage/RegisterErrors.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/BreachRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/RepositoryFixture.h"
#include "storage/repositories/RequestRepository.h"
#include "storage/repositories/SecurityMeasureRepository.h"
#include "storage/repositories/SqlValues.h"
#include "storage/repositories/SubProcessorRepository.h"

#include <catch2/catch.hpp>

using namespace pr::storage;
using namespace pr::core;
using pr::test::RepositoryFixture;

namespace {

void set(SqliteDatabase& db, QStringView table, QStringView column, const QString& value)
{
    db.prepare(QStringLiteral("UPDATE %1 SET %2 = ?1").arg(table, column)).bind(1, value).run();
}

// Every code of E fits COLUMN of TABLE (all its rows); an unknown code, and a known one in
// another case, do not.
template <CodedEnum E>
void checkCodes(SqliteDatabase& db, QStringView table, QStringView column)
{
    INFO(table.toString().toStdString() << "." << column.toString().toStdString());
    for (const E value : enumValues<E>()) {
        INFO("code " << enumCode(value).toStdString());
        CHECK_NOTHROW(set(db, table, column, enumCode(value)));
    }
    CHECK_THROWS_AS(set(db, table, column, QStringLiteral("no-such-code")), DatabaseError);
    CHECK_THROWS_AS(set(db, table, column, enumCode(enumValues<E>().first()).toUpper()),
                    DatabaseError);
}

struct FullRegister : RepositoryFixture {
    FullRegister()
    {
        const qint64 client = ClientRepository::insert(db, audit, pr::test::sampleClient());
        ProcessingActivity activity = pr::test::sampleActivity({client});
        // One special category without an exception, so that the category column can take
        // every code (an exception is only allowed on the art. 9(1) ones, tested apart).
        activity.specialCategories = SpecialCategory::Bsn;
        activity.art9Exceptions.clear();
        activity.childrenSafeguards.clear();
        activity.transfers.resize(1);
        const qint64 activityId = ActivityRepository::insert(db, audit, activity);
        SecurityMeasureRepository::insert(db, audit, pr::test::sampleMeasure());
        SubProcessorRepository::insert(db, audit, pr::test::sampleSubProcessor({activityId}));
        AgreementRepository::insert(db, audit, pr::test::sampleAgreement(client, {activityId}));
        RequestRepository::insert(db, audit, pr::test::sampleRequest(client));
        Breach breach = pr::test::sampleBreach(client);
        breach.apNotifications.resize(1);
        BreachRepository::insert(db, audit, breach);
    }
};

} // namespace

TEST_CASE("Every enum column accepts exactly the codes of its enum", "[schema]")
{
    FullRegister f;
    checkCodes<ProcessingRole>(f.db, u"processing_activity", u"role");
    checkCodes<LegalBasis>(f.db, u"processing_activity", u"legal_basis");
    checkCodes<RetentionKind>(f.db, u"processing_activity", u"retention_kind");
    checkCodes<RetentionUnit>(f.db, u"processing_activity", u"retention_unit");
    checkCodes<RetentionTrigger>(f.db, u"processing_activity", u"retention_trigger");
    checkCodes<DataSource>(f.db, u"processing_activity", u"source");
    checkCodes<SpecialCategory>(f.db, u"activity_special_category", u"category");
    checkCodes<TransferSafeguard>(f.db, u"activity_transfer", u"safeguard");
    checkCodes<SecurityCategory>(f.db, u"security_measure", u"category");
    checkCodes<MeasureStatus>(f.db, u"security_measure", u"status");
    checkCodes<TransferSafeguard>(f.db, u"sub_processor", u"safeguard");
    checkCodes<SigningState>(f.db, u"agreement", u"signing_state");
    checkCodes<DataSubjectRight>(f.db, u"data_subject_request", u"invoked_right");
    checkCodes<RequestChannel>(f.db, u"data_subject_request", u"channel");
    checkCodes<RequestStatus>(f.db, u"data_subject_request", u"status");
    checkCodes<NotificationPhase>(f.db, u"breach_ap_notification", u"phase");

    // An art. 9(2) exception: every letter on an art. 9(1) category.
    set(f.db, u"activity_special_category", u"category", QStringLiteral("health"));
    checkCodes<Art9Exception>(f.db, u"activity_special_category", u"art9_exception");
}

TEST_CASE("The audit trail's codes are checked too", "[schema]")
{
    RepositoryFixture f;
    const auto insert = [&f](qint64 id, const QString& entity, const QString& action) {
        f.db.prepare(uR"sql(
            INSERT INTO audit_entry (id, at, entity, entity_id, action, os_user, hash)
            VALUES (?1, '2026-03-02T09:30:00.000Z', ?2, 1, ?3, 'x', zeroblob(32))
        )sql")
            .bind(1, pr::storage::detail::integer(id))
            .bind(2, entity)
            .bind(3, action)
            .run();
    };
    qint64 id = 1;
    for (const EntityKind kind : enumValues<EntityKind>()) {
        for (const AuditAction action : enumValues<AuditAction>()) {
            CHECK_NOTHROW(insert(id++, enumCode(kind), enumCode(action)));
        }
    }
    // Schema 9 checks the form of a kind's code, not a list: the program checks the code.
    CHECK_THROWS_AS(insert(id++, QStringLiteral("Client"), QStringLiteral("insert")),
                    DatabaseError);
    CHECK_THROWS_AS(insert(id++, QString(), QStringLiteral("insert")), DatabaseError);
    CHECK_THROWS_AS(insert(id++, QStringLiteral("client; drop"), QStringLiteral("insert")),
                    DatabaseError);
    CHECK_THROWS_AS(insert(id++, QStringLiteral("client"), QStringLiteral("purge")), DatabaseError);
}

TEST_CASE("An art. 9(2) exception only fits a category of art. 9(1)", "[schema]")
{
    FullRegister f;
    set(f.db, u"activity_special_category", u"category", QStringLiteral("bsn"));
    CHECK_THROWS_AS(set(f.db, u"activity_special_category", u"art9_exception", QStringLiteral("a")),
                    DatabaseError);

    // Through the repository: an exception for a category that is not flagged has no row to
    // live on and is refused rather than dropped.
    ProcessingActivity activity = pr::test::sampleActivity();
    activity.specialCategories = SpecialCategory::Health;
    activity.art9Exceptions = {{SpecialCategory::Genetic, Art9Exception::ExplicitConsent}};
    CHECK_THROWS_AS(ActivityRepository::insert(f.db, f.audit, activity), DatabaseError);
}

TEST_CASE("Dates, instants, names and flags are checked", "[schema]")
{
    FullRegister f;
    const auto rejects = [&f](QStringView table, QStringView column, const QString& value) {
        INFO(table.toString().toStdString()
             << "." << column.toString().toStdString() << " = " << value.toStdString());
        CHECK_THROWS_AS(set(f.db, table, column, value), DatabaseError);
    };
    rejects(u"data_subject_request", u"received_date", QStringLiteral("gisteren"));
    rejects(u"data_subject_request", u"received_date", QStringLiteral("2026-02-30"));
    rejects(u"data_subject_request", u"received_date", QStringLiteral("2026-2-3"));
    rejects(u"security_measure", u"last_review_date", QStringLiteral("2026-01-15T00:00:00"));
    rejects(u"breach", u"discovered_at", QStringLiteral("2026-02-10T14:05:30"));
    rejects(u"breach", u"discovered_at", QStringLiteral("2026-02-10T14:05:30+01:00"));
    rejects(u"breach", u"discovered_at", QStringLiteral("2026-02-10 14:05:30.000Z"));
    rejects(u"breach", u"discovered_at", QStringLiteral("2026-02-30T14:05:30.000Z"));
    rejects(u"breach", u"discovered_at", QStringLiteral("2026-02-10T24:05:30.000Z"));
    rejects(u"client", u"legal_name", QStringLiteral("   "));
    rejects(u"processing_activity", u"name", QString(QLatin1String("")));
    rejects(u"security_measure", u"title", QStringLiteral(" "));
    rejects(u"agreement", u"version", QStringLiteral(" "));
    // STRICT tables: no text in a number column.
    rejects(u"processing_activity", u"retention_amount", QStringLiteral("zeven"));
    rejects(u"breach", u"approx_subject_count", QStringLiteral("veel"));

    CHECK_THROWS_AS(f.db.exec(u"UPDATE sub_processor SET inside_eea = 2"), DatabaseError);
    CHECK_THROWS_AS(f.db.exec(u"UPDATE breach SET ap_notified = -1"), DatabaseError);
    CHECK_THROWS_AS(f.db.exec(u"UPDATE agreement SET breach_notification_hours = -24"),
                    DatabaseError);
    // The extension's details exist only with the extension.
    CHECK_THROWS_AS(f.db.exec(u"UPDATE data_subject_request SET extended = 0"), DatabaseError);
    CHECK_NOTHROW(f.db.exec(u"UPDATE data_subject_request SET extended = 0, "
                            u"extension_told_on = NULL, extension_reason = ''"));
}

TEST_CASE("Links must point at records that exist", "[schema]")
{
    FullRegister f;
    CHECK_THROWS_AS(f.db.exec(u"INSERT INTO activity_client (activity_id, client_id, position) "
                              u"VALUES (1, 999, 5)"),
                    DatabaseError);
    CHECK_THROWS_AS(f.db.exec(u"UPDATE agreement SET client_id = 999"), DatabaseError);
    CHECK_THROWS_AS(f.db.exec(u"UPDATE breach SET client_id = 0"), DatabaseError);
    // A list may not name the same client twice.
    CHECK_THROWS_AS(f.db.exec(u"INSERT INTO activity_client (activity_id, client_id, position) "
                              u"VALUES (1, 1, 5)"),
                    DatabaseError);
    CHECK(f.db.integrityProblems().isEmpty());
}
