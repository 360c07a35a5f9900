// Schema 12: an agreement's one liability amount becomes its cap per event and its cap in words
// is kept (no longer printed); the main agreement, the cap per year, the insurance cover, a
// planned measure's date and a sub-processor's transfer impact assessment start empty.
// Everything else is kept, the PDFs stay at the end of the row, and the trail still verifies.

#include "storage/audit/AuditTrail.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/SecurityMeasureRepository.h"
#include "storage/repositories/SubProcessorRepository.h"
#include "storage/schema/Migrations.h"
#include "storage/sqlite/SqliteDatabase.h"

#include <catch2/catch.hpp>

using namespace pr::storage;

namespace {

QStringList agreementColumns(const SqliteDatabase& db)
{
    QStringList columns;
    auto rows = db.prepare(u"SELECT name FROM pragma_table_info('agreement') ORDER BY cid");
    while (rows.step()) {
        columns << rows.text(0);
    }
    return columns;
}

// Rows as schema 6 stores them, written with SQL: the repositories speak the latest schema.
void fillSchema6(SqliteDatabase& db)
{
    db.exec(uR"sql(
        INSERT INTO client (id, legal_name) VALUES (1, 'Tandartspraktijk Kies');
        INSERT INTO processing_activity (id, name, role, retention_kind, retention_unit,
                                         retention_trigger, source)
        VALUES (1, 'Back-up', 'processor', 'unspecified', 'years', 'collection', 'data-subject');
        INSERT INTO agreement (id, client_id, version, start_date, breach_notification_hours,
                               liability_amount_cents, liability_currency, liability_text,
                               change_notice_days, return_deletion_days, signing_state,
                               firm_signatory_name, firm_signatory_date, signed_pdf,
                               firm_signed_pdf)
        VALUES (1, 1, '1.0', '2025-01-01', 24, 10000000, 'EUR',
                'per gebeurtenis, met een maximum van het bedrag dat de verzekering uitkeert',
                30, 30, 'signed-by-firm', 'M. de Boer', '2024-12-10', NULL,
                X'255044462D312E370A');
        INSERT INTO agreement (id, client_id, version, start_date, breach_notification_hours,
                               liability_currency, change_notice_days, return_deletion_days,
                               signing_state)
        VALUES (2, 1, '2.0', '2026-01-01', 24, 'EUR', 30, 30, 'draft');
        INSERT INTO agreement_activity (agreement_id, activity_id, position) VALUES (1, 1, 0);
        INSERT INTO agreement_activity (agreement_id, activity_id, position) VALUES (2, 1, 0);
        INSERT INTO security_measure (id, category, title, description, status)
        VALUES (1, 'technical', 'Terugzettest', 'Elk kwartaal', 'planned');
        INSERT INTO sub_processor (id, name, country, inside_eea, safeguard)
        VALUES (1, 'Cloud Inc.', 'Verenigde Staten', 0, 'scc');
    )sql");
}

} // namespace

TEST_CASE("Agreements, measures and sub-processors of schema 6 migrate to schema 12",
          "[migrations][agreement]")
{
    SqliteDatabase db = SqliteDatabase::createEmpty();
    Migrations::migrate(db, QStringLiteral("db"), 6);
    REQUIRE(db.userVersion() == 6);
    fillSchema6(db);

    Migrations::migrate(db, QStringLiteral("db"));
    CHECK(db.userVersion() == Migrations::latestVersion());
    CHECK(db.integrityProblems().isEmpty());
    // The PDFs stay last, so that reading the other columns never walks through them.
    const QStringList columns = agreementColumns(db);
    CHECK(columns.mid(columns.size() - 2) ==
          QStringList{QStringLiteral("signed_pdf"), QStringLiteral("firm_signed_pdf")});

    const auto signedOne = AgreementRepository::find(db, 1);
    REQUIRE(signedOne);
    CHECK(signedOne->liabilityCap.perEventCents == 10000000);
    CHECK_FALSE(signedOne->liabilityCap.perYearCents);
    CHECK(signedOne->liabilityCap.formerText.startsWith(QStringLiteral("per gebeurtenis")));
    CHECK_FALSE(signedOne->insuranceCoverCents);
    CHECK(signedOne->mainAgreementName.isEmpty());
    CHECK_FALSE(signedOne->mainAgreementDate.isValid());
    CHECK(signedOne->firmSignedPdf == QByteArray("%PDF-1.7\n"));
    CHECK(signedOne->signedPdf.isEmpty());
    CHECK(signedOne->firmSignatory.name == QStringLiteral("M. de Boer"));
    CHECK(signedOne->activityIds == QList<qint64>{1});

    const auto draft = AgreementRepository::find(db, 2);
    REQUIRE(draft);
    CHECK_FALSE(draft->liabilityCap.limited());
    CHECK(draft->liabilityCap.formerText.isEmpty());

    const auto measure = SecurityMeasureRepository::find(db, 1);
    REQUIRE(measure);
    CHECK(measure->title == QStringLiteral("Terugzettest"));
    CHECK_FALSE(measure->plannedDate.isValid());

    const auto sub = SubProcessorRepository::find(db, 1);
    REQUIRE(sub);
    CHECK(sub->safeguard == pr::core::TransferSafeguard::StandardClauses);
    CHECK_FALSE(sub->transferAssessmentDate.isValid());
    CHECK(sub->transferAssessmentSummary.isEmpty());
}

TEST_CASE("Schema 12 checks its dates and amounts", "[migrations][agreement]")
{
    SqliteDatabase db = SqliteDatabase::createEmpty();
    Migrations::migrate(db, QStringLiteral("db"), 6);
    fillSchema6(db);
    Migrations::migrate(db, QStringLiteral("db"));
    CHECK_THROWS(db.exec(u"UPDATE agreement SET main_agreement_date = '2026-02-30'"));
    CHECK_THROWS(db.exec(u"UPDATE agreement SET liability_per_year_cents = 0"));
    CHECK_THROWS(db.exec(u"UPDATE agreement SET insurance_cover_cents = -5"));
    CHECK_THROWS(db.exec(u"UPDATE security_measure SET planned_date = 'soon'"));
    CHECK_THROWS(db.exec(u"UPDATE sub_processor SET transfer_assessment_date = '2025-13-01'"));
    CHECK_NOTHROW(db.exec(u"UPDATE agreement SET main_agreement_date = '2026-02-28'"));
}
