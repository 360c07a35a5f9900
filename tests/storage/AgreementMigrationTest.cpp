// Schema 4 (issue 7): agreements stored before it keep everything, gain the sending date and
// the paper note, and keep their PDF at the end of the row.

#include "core/domain/Client.h"
#include "repositories/RepositoryFixture.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/schema/Migrations.h"
#include "storage/sqlite/SqliteDatabase.h"

#include <catch2/catch.hpp>

#include <cstdint>

using namespace pr::storage;

namespace {

// An agreement row as schema 3 stores it, written with SQL: the repository speaks the latest
// schema only.
void insertOldAgreement(SqliteDatabase& db, std::int64_t id, std::int64_t clientId,
                        const QString& state, const std::optional<QByteArray>& pdf)
{
    SqliteStatement insert = db.prepare(uR"sql(
        INSERT INTO agreement (id, client_id, version, start_date, breach_notification_hours,
                               change_notice_days, return_deletion_days, signing_state,
                               firm_signatory_name, firm_signatory_date,
                               client_signatory_name, client_signatory_date, signed_pdf)
        VALUES (?1, ?2, '1.0', '2025-01-01', 24, 30, 30, ?3,
                'M. de Boer', '2024-12-10', 'K. Bakker', '2024-12-12', ?4)
    )sql");
    insert.bind(1, id).bind(2, clientId).bind(3, state);
    if (pdf) {
        insert.bind(4, *pdf);
    } else {
        insert.bindNull(4);
    }
    insert.run();
}

QStringList agreementColumns(const SqliteDatabase& db)
{
    QStringList columns;
    auto rows = db.prepare(u"SELECT name FROM pragma_table_info('agreement') ORDER BY cid");
    while (rows.step()) {
        columns << rows.text(0);
    }
    return columns;
}

} // namespace

TEST_CASE("Agreements of schema 3 migrate to schema 4 with their signing kept",
          "[migrations][agreement]")
{
    SqliteDatabase db = SqliteDatabase::createEmpty();
    Migrations::migrate(db, QStringLiteral("db"), 3);
    REQUIRE(db.userVersion() < 4);
    const pr::core::FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    // No audit entries: the repository writes them in the latest schema's form, and this test
    // is about the agreement rows (AuditMigrationTest covers the trail).
    const AuditContext audit{clock, QStringLiteral("eigenaar"), false};
    pr::core::Client client;
    client.legalName = QStringLiteral("Tandartspraktijk Kies");
    const qint64 clientId = ClientRepository::insert(db, audit, client);
    const QByteArray pdf("%PDF-1.7\n% door de klant getekend\n");
    insertOldAgreement(db, 1, clientId, QStringLiteral("countersigned"), std::nullopt);
    insertOldAgreement(db, 2, clientId, QStringLiteral("countersigned"), pdf);
    insertOldAgreement(db, 3, clientId, QStringLiteral("signed-by-firm"), std::nullopt);

    Migrations::migrate(db, QStringLiteral("db"));
    CHECK(db.userVersion() == Migrations::latestVersion());
    CHECK(db.integrityProblems().isEmpty());
    CHECK(agreementColumns(db).endsWith(QStringLiteral("signed_pdf")));
    CHECK(agreementColumns(db).contains(QStringLiteral("sent_date")));

    const auto withoutPdf = AgreementRepository::find(db, 1);
    REQUIRE(withoutPdf);
    CHECK(withoutPdf->signedOnPaper); // countersigned without a PDF: signed some other way
    CHECK_FALSE(withoutPdf->sentDate.isValid());
    CHECK(withoutPdf->clientSignatory.name == QStringLiteral("K. Bakker"));
    CHECK(withoutPdf->signedPdf.isEmpty());

    const auto withPdf = AgreementRepository::find(db, 2);
    REQUIRE(withPdf);
    CHECK_FALSE(withPdf->signedOnPaper);
    CHECK(withPdf->signedPdf == pdf);

    const auto waiting = AgreementRepository::find(db, 3);
    REQUIRE(waiting);
    CHECK_FALSE(waiting->signedOnPaper);
    CHECK(waiting->firmSignatory.date == QDate(2024, 12, 10));
}

TEST_CASE("Schema 4 checks the sending date and the paper note", "[migrations][agreement]")
{
    pr::test::RepositoryFixture f;
    pr::core::Client client;
    client.legalName = QStringLiteral("Tandartspraktijk Kies");
    const qint64 clientId = ClientRepository::insert(f.db, f.audit, client);
    AgreementRepository::insert(f.db, f.audit, pr::test::sampleAgreement(clientId));
    CHECK_THROWS(f.db.exec(u"UPDATE agreement SET sent_date = '2026-02-30'"));
    CHECK_THROWS(f.db.exec(u"UPDATE agreement SET signed_on_paper = 2"));
    CHECK_NOTHROW(f.db.exec(u"UPDATE agreement SET sent_date = '2026-02-28'"));
}
