// Schema 4 (issue 7): agreements stored before it keep everything, gain the sending date and
// the paper note, and keep their PDF at the end of the row. Schema 6: they keep everything
// again and gain an empty place for the PDF the firm signed, also at the end of the row. Schema
// 8: signed agreements keep their PDFs and gain no signed content, which they did not keep.

#include "core/domain/Client.h"
#include "core/json/DomainJson.h"
#include "repositories/RepositoryFixture.h"
#include "storage/audit/AuditTrail.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/SqlValues.h"
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

// A client row as a schema before 9 stores it, written with SQL: the repository speaks the
// latest schema only.
qint64 insertOldClient(SqliteDatabase& db, const QString& name)
{
    db.prepare(u"INSERT INTO client (legal_name) VALUES (?1)").bind(1, name).run();
    return db.lastInsertId();
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

// The PDFs come last, so that reading the other columns never walks through them.
QStringList lastColumns(const SqliteDatabase& db)
{
    return agreementColumns(db).mid(agreementColumns(db).size() - 2);
}

// Every value of COLUMNS of every row of TABLE, in SQL's literal form (a BLOB as X'…'), in the
// order of ORDERBY: what a migration must keep.
QStringList contentOf(const SqliteDatabase& db, const QString& table, const QStringList& columns,
                      const QString& orderBy)
{
    QStringList quoted;
    for (const QString& column : columns) {
        quoted << QStringLiteral("quote(%1)").arg(column);
    }
    auto rows = db.prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                               .arg(quoted.join(QStringLiteral(" || '|' || ")), table, orderBy));
    QStringList content;
    while (rows.step()) {
        content << rows.text(0);
    }
    return content;
}

// An agreement row as schema 5 stores it, written with SQL (the repository speaks the latest
// schema only), and its insert recorded in the audit trail as the program of schema 5 did.
void insertSchema5Agreement(SqliteDatabase& db, const AuditContext& audit,
                            const pr::core::Agreement& a)
{
    using namespace pr::storage::detail;
    REQUIRE(a.firmSignedPdf.isEmpty()); // schema 5 has no place for it
    REQUIRE(a.signedContent.isEmpty());
    SqliteStatement insert = db.prepare(uR"sql(
        INSERT INTO agreement (id, client_id, version, start_date, duration_months, end_date,
                               breach_notification_hours, audit_interval_months,
                               liability_amount_cents, liability_currency, liability_text,
                               change_notice_days, processing_location, return_deletion_days,
                               signing_state, firm_signatory_name, firm_signatory_function,
                               firm_signatory_date, firm_signatory_place,
                               client_signatory_name, client_signatory_function,
                               client_signatory_date, client_signatory_place,
                               signed_pdf, sent_date, signed_on_paper)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26)
    )sql");
    insert.bind(1, integer(a.id))
        .bind(2, integer(a.clientId))
        .bind(3, a.version)
        .bind(4, date(a.startDate))
        .bind(5, a.durationMonths)
        .bind(6, date(a.endDate))
        .bind(7, a.breachNotificationHours)
        .bind(8, a.auditIntervalMonths)
        .bind(9, optionalInteger(a.liabilityCap.perEventCents))
        .bind(10, notNull(a.liabilityCap.currency))
        .bind(11, notNull(a.liabilityCap.formerText))
        .bind(12, a.changeNoticeDays)
        .bind(13, notNull(a.processingLocation))
        .bind(14, a.returnDeletionDays)
        .bind(15, pr::core::enumCode(a.signingState))
        .bind(16, notNull(a.firmSignatory.name))
        .bind(17, notNull(a.firmSignatory.function))
        .bind(18, date(a.firmSignatory.date))
        .bind(19, notNull(a.firmSignatory.place))
        .bind(20, notNull(a.clientSignatory.name))
        .bind(21, notNull(a.clientSignatory.function))
        .bind(22, date(a.clientSignatory.date))
        .bind(23, notNull(a.clientSignatory.place))
        .bind(24, blob(a.signedPdf))
        .bind(25, date(a.sentDate))
        .bind(26, a.signedOnPaper ? 1 : 0)
        .run();
    for (qsizetype i = 0; i < a.activityIds.size(); ++i) {
        db.prepare(u"INSERT INTO agreement_activity (agreement_id, activity_id, position) "
                   u"VALUES (?1, ?2, ?3)")
            .bind(1, integer(a.id))
            .bind(2, integer(a.activityIds[i]))
            .bind(3, integer(i))
            .run();
    }
    AuditTrail::record(db, audit, pr::core::EntityKind::Agreement, a.id,
                       pr::core::AuditAction::Insert, {}, pr::core::json::toJson(a));
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
    const qint64 clientId = insertOldClient(db, QStringLiteral("Tandartspraktijk Kies"));
    const QByteArray pdf("%PDF-1.7\n% door de klant getekend\n");
    insertOldAgreement(db, 1, clientId, QStringLiteral("countersigned"), std::nullopt);
    insertOldAgreement(db, 2, clientId, QStringLiteral("countersigned"), pdf);
    insertOldAgreement(db, 3, clientId, QStringLiteral("signed-by-firm"), std::nullopt);

    Migrations::migrate(db, QStringLiteral("db"));
    CHECK(db.userVersion() == Migrations::latestVersion());
    CHECK(db.integrityProblems().isEmpty());
    CHECK(lastColumns(db) ==
          QStringList{QStringLiteral("signed_pdf"), QStringLiteral("firm_signed_pdf")});
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

TEST_CASE("Agreements of schema 5 migrate to schema 6 with everything kept and no PDF of the firm",
          "[migrations][agreement]")
{
    using pr::core::SigningState;
    SqliteDatabase db = SqliteDatabase::createEmpty();
    Migrations::migrate(db, QStringLiteral("db"), 5);
    REQUIRE(db.userVersion() == 5);
    const pr::core::FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    // Schema 5's audit trail is the current form, so the writes before the migration are
    // recorded as they were then.
    const AuditContext audit{clock, QStringLiteral("eigenaar")};
    const qint64 clientId = insertOldClient(db, pr::test::sampleClient().legalName);
    // The activities as schema 5 stores them, written with SQL: the repository speaks the
    // latest schema only, and only their ids matter here.
    db.exec(uR"sql(
        INSERT INTO processing_activity (id, name, role, retention_kind, retention_unit,
                                         retention_trigger, source)
        VALUES (1, 'Remote backup', 'controller', 'unspecified', 'months', 'collection',
                'data-subject'),
               (2, 'Hosting', 'controller', 'unspecified', 'months', 'collection',
                'data-subject');
    )sql");
    const qint64 first = 1;
    const qint64 second = 2;

    // One agreement in every signing state, each with a different mix of what it keeps.
    const auto agreementIn = [&](qint64 id, SigningState state) {
        pr::core::Agreement a = pr::test::sampleAgreement(clientId, {second, first});
        a.id = id;
        a.signingState = state;
        a.firmSignedPdf.clear();
        // What schema 5 could not hold (schema 12 added it).
        a.mainAgreementName.clear();
        a.mainAgreementDate = QDate();
        a.liabilityCap.perYearCents.reset();
        a.insuranceCoverCents.reset();
        a.signedContent.clear();
        return a;
    };
    pr::core::Agreement draft = agreementIn(1, SigningState::Draft);
    draft.signedPdf.clear();
    pr::core::Agreement sent = agreementIn(2, SigningState::Sent);
    sent.clientSignatory = {};
    pr::core::Agreement signedByFirm = agreementIn(3, SigningState::SignedByFirm);
    signedByFirm.signedOnPaper = false;
    pr::core::Agreement countersigned = agreementIn(4, SigningState::Countersigned);
    countersigned.signedOnPaper = false;
    // The client's PDF with every byte value, so that a BLOB copied as text would show.
    for (int byte = 0; byte < 256; ++byte) {
        countersigned.signedPdf.append(static_cast<char>(byte));
    }
    pr::core::Agreement terminated = agreementIn(5, SigningState::Terminated);
    terminated.durationMonths.reset();
    const QList<pr::core::Agreement> agreements{draft, sent, signedByFirm, countersigned,
                                                terminated};
    for (const pr::core::Agreement& agreement : agreements) {
        insertSchema5Agreement(db, audit, agreement);
    }

    const QStringList columnsBefore = agreementColumns(db);
    const QStringList rowsBefore =
        contentOf(db, QStringLiteral("agreement"), columnsBefore, QStringLiteral("id"));
    const QStringList linkColumns{QStringLiteral("agreement_id"), QStringLiteral("activity_id"),
                                  QStringLiteral("position")};
    const QStringList linksBefore = contentOf(db, QStringLiteral("agreement_activity"), linkColumns,
                                              QStringLiteral("agreement_id, position"));
    const QList<pr::core::AuditEntry> trailBefore = AuditTrail::all(db);
    REQUIRE(AuditTrail::verify(db) == std::nullopt);

    Migrations::migrate(db, QStringLiteral("db"), 6);
    CHECK(db.userVersion() == 6);
    CHECK(db.integrityProblems().isEmpty());

    // The new column comes after every old one, with nothing in it.
    CHECK(agreementColumns(db) == columnsBefore + QStringList{QStringLiteral("firm_signed_pdf")});
    CHECK(lastColumns(db) ==
          QStringList{QStringLiteral("signed_pdf"), QStringLiteral("firm_signed_pdf")});
    CHECK(contentOf(db, QStringLiteral("agreement"), columnsBefore, QStringLiteral("id")) ==
          rowsBefore);
    CHECK(contentOf(db, QStringLiteral("agreement"), {QStringLiteral("firm_signed_pdf")},
                    QStringLiteral("id")) ==
          QStringList(agreements.size(), QStringLiteral("NULL")));
    CHECK(contentOf(db, QStringLiteral("agreement_activity"), linkColumns,
                    QStringLiteral("agreement_id, position")) == linksBefore);
    CHECK(AuditTrail::all(db) == trailBefore);
    CHECK(AuditTrail::verify(db) == std::nullopt);

    // The program reads every agreement as it was stored, none signed digitally by the firm.
    Migrations::migrate(db, QStringLiteral("db"));
    for (const pr::core::Agreement& agreement : agreements) {
        INFO("agreement " << agreement.id);
        const std::optional<pr::core::Agreement> read = AgreementRepository::find(db, agreement.id);
        REQUIRE(read);
        CHECK(*read == agreement);
        CHECK(read->firmSignedPdf.isEmpty());
    }

    // ... and an agreement signed before the migration can now keep the PDF the firm signed.
    signedByFirm.firmSignedPdf = QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", 15);
    AgreementRepository::update(db, audit, signedByFirm);
    CHECK(AgreementRepository::find(db, signedByFirm.id) == signedByFirm);
    CHECK(AuditTrail::all(db).last().changes.size() == 1);
    CHECK(AuditTrail::all(db).last().changes.first().field == QStringLiteral("firmSignedPdf"));
    CHECK(AuditTrail::verify(db) == std::nullopt);
}

TEST_CASE("Signed agreements of schema 6 migrate with their PDFs byte for byte and no signed "
          "content",
          "[migrations][agreement]")
{
    using pr::core::SigningState;
    SqliteDatabase db = SqliteDatabase::createEmpty();
    Migrations::migrate(db, QStringLiteral("db"), 6);
    REQUIRE(db.userVersion() == 6);
    const pr::core::FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    const AuditContext audit{clock, QStringLiteral("eigenaar")};
    const qint64 clientId = insertOldClient(db, pr::test::sampleClient().legalName);
    db.exec(uR"sql(
        INSERT INTO processing_activity (id, name, role, retention_kind, retention_unit,
                                         retention_trigger, source)
        VALUES (1, 'Remote backup', 'controller', 'unspecified', 'months', 'collection',
                'data-subject');
    )sql");
    const qint64 activity = 1;

    // Signed by both parties, with the firm's PAdES PDF and the client's copy, as schema 6 kept
    // them: every byte value, so that a BLOB read back as text would show.
    pr::core::Agreement countersigned = pr::test::sampleAgreement(clientId, {activity});
    countersigned.id = 1;
    countersigned.signingState = SigningState::Countersigned;
    countersigned.signedOnPaper = false;
    countersigned.signedContent.clear(); // schema 6 had no place for it, nor for these:
    countersigned.mainAgreementName.clear();
    countersigned.mainAgreementDate = QDate();
    countersigned.liabilityCap.perYearCents.reset();
    countersigned.insuranceCoverCents.reset();
    QByteArray firmPdf("%PDF-1.7\n");
    for (int byte = 0; byte < 256; ++byte) {
        firmPdf.append(static_cast<char>(byte));
    }
    countersigned.firmSignedPdf = firmPdf;
    countersigned.signedPdf = QByteArray("%PDF-1.4\nclient copy\n") + firmPdf;
    pr::core::Agreement schema5Form = countersigned;
    schema5Form.firmSignedPdf.clear();
    insertSchema5Agreement(db, audit, schema5Form);
    db.prepare(u"UPDATE agreement SET firm_signed_pdf = ?1 WHERE id = ?2")
        .bind(1, firmPdf)
        .bind(2, std::int64_t{1})
        .run();

    const QStringList columns = agreementColumns(db);
    const QStringList rowsBefore =
        contentOf(db, QStringLiteral("agreement"), columns, QStringLiteral("id"));
    const QList<pr::core::AuditEntry> trailBefore = AuditTrail::all(db);

    Migrations::migrate(db, QStringLiteral("db"));
    CHECK(db.userVersion() == Migrations::latestVersion());
    CHECK(db.integrityProblems().isEmpty());
    // Every value kept, under the names schema 12 gave the liability columns.
    QStringList renamed = columns;
    renamed.replaceInStrings(QStringLiteral("liability_amount_cents"),
                             QStringLiteral("liability_per_event_cents"));
    renamed.replaceInStrings(QStringLiteral("liability_text"),
                             QStringLiteral("liability_former_text"));
    CHECK(contentOf(db, QStringLiteral("agreement"), renamed, QStringLiteral("id")) == rowsBefore);
    CHECK(AuditTrail::all(db) == trailBefore);
    CHECK(AuditTrail::verify(db) == std::nullopt);

    // Read back: both PDFs byte for byte, and nothing known of what it said when signed (so
    // that the program says it cannot compare instead of claiming it unchanged).
    const std::optional<pr::core::Agreement> read = AgreementRepository::find(db, 1);
    REQUIRE(read);
    CHECK(*read == countersigned);
    CHECK(read->firmSignedPdf == firmPdf);
    CHECK(read->signedContent.isEmpty());
    CHECK(db.prepare(u"SELECT count(*) FROM agreement_signed_content").step());

    // From now on an agreement keeps its signed content, and loses it with the agreement.
    pr::core::Agreement withContent = *read;
    withContent.signedContent = QByteArray(R"({"content":{},"language":"nl"})");
    AgreementRepository::update(db, audit, withContent);
    CHECK(AgreementRepository::find(db, 1) == withContent);
    CHECK(AuditTrail::all(db).last().changes.size() == 1);
    CHECK(AuditTrail::all(db).last().changes.first().field == QStringLiteral("signedContent"));
    AgreementRepository::remove(db, audit, 1);
    auto left = db.prepare(u"SELECT count(*) FROM agreement_signed_content");
    REQUIRE(left.step());
    CHECK(left.integer(0) == 0);
    CHECK(AuditTrail::verify(db) == std::nullopt);
}
