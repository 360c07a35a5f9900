// Schema 10: a register of schema 6 keeps every request and its organisation as they were, and
// gains empty places for what the letters state (the doubt about an identity and the proof
// asked, the ground of a refusal, the copy of an access answer, the recipients told of an
// erasure, the notes for the file; the back-up period). Nothing is filled in for the user: a letter
// states these only once recorded.

#include "core/time/Clock.h"
#include "storage/audit/AuditContext.h"
#include "storage/audit/AuditTrail.h"
#include "storage/repositories/OrganisationRepository.h"
#include "storage/repositories/RequestRepository.h"
#include "storage/schema/Migrations.h"
#include "storage/sqlite/SqliteDatabase.h"

#include <catch2/catch.hpp>

using namespace pr::storage;

namespace {

QStringList columnsOf(const SqliteDatabase& db, const QString& table)
{
    QStringList columns;
    auto rows = db.prepare(
        QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
    while (rows.step()) {
        columns << rows.text(0);
    }
    return columns;
}

// Every value of COLUMNS of every row of TABLE in SQL's literal form, by id.
QStringList contentOf(const SqliteDatabase& db, const QString& table, const QStringList& columns)
{
    QStringList quoted;
    for (const QString& column : columns) {
        quoted << QStringLiteral("quote(%1)").arg(column);
    }
    auto rows = db.prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY id")
                               .arg(quoted.join(QStringLiteral(" || '|' || ")), table));
    QStringList content;
    while (rows.step()) {
        content << rows.text(0);
    }
    return content;
}

// Requests as schema 6 stores them, written with SQL (the repository speaks the latest schema
// only): one refused, one extended about a client, one just received.
void insertSchema6Content(SqliteDatabase& db)
{
    db.exec(uR"sql(
        UPDATE organisation SET legal_name = 'Bitwerk Beheer B.V.', city = 'Utrecht',
                                privacy_contact_name = 'Eva Jansen',
                                privacy_contact_email = 'privacy@bitwerk.example'
        WHERE id = 1;
        INSERT INTO client (id, legal_name) VALUES (1, 'Tandartspraktijk Zuid');
        INSERT INTO data_subject_request (id, reference, requester_name, requester_contact,
                                          invoked_right, received_date, channel,
                                          identity_requested_date, identity_verified_date,
                                          id_copy_destroyed_date, client_id,
                                          client_informed_date, status, extended,
                                          extension_told_on, extension_reason, answered_date,
                                          outcome, refusal_reason)
        VALUES (1, 'VZ-1', 'Ömer Çelik', 'omer@example.org', 'erasure', '2026-02-02',
                'web-form', '2026-02-03', '2026-02-05', '2026-02-06', NULL, NULL, 'refused', 0,
                NULL, '', '2026-02-20', 'Marketinggegevens gewist',
                'Facturen: fiscale bewaarplicht'),
               (2, 'VZ-2', 'A. Koster', 'a.koster@example.nl', 'access', '2026-03-02', 'email',
                NULL, NULL, NULL, 1, '2026-03-03', 'in-progress', 1, '2026-03-10',
                'Veel systemen', NULL, '', ''),
               (3, '', 'B. de Wit', '', 'objection', '2026-04-01', 'phone', NULL, NULL, NULL,
                NULL, NULL, 'received', 0, NULL, '', NULL, '', '');
    )sql");
}

} // namespace

TEST_CASE("Requests of schema 6 migrate to the latest schema with everything kept and no "
          "letter facts filled in",
          "[migrations][request]")
{
    SqliteDatabase db = SqliteDatabase::createEmpty();
    Migrations::migrate(db, QStringLiteral("db"), 6);
    REQUIRE(db.userVersion() == 6);
    OrganisationRepository::setLegalName(db, QStringLiteral("Bitwerk Beheer B.V."));
    insertSchema6Content(db);

    const QStringList requestColumns = columnsOf(db, QStringLiteral("data_subject_request"));
    const QStringList organisationColumns = columnsOf(db, QStringLiteral("organisation"));
    const QStringList requestsBefore =
        contentOf(db, QStringLiteral("data_subject_request"), requestColumns);
    const QStringList organisationBefore =
        contentOf(db, QStringLiteral("organisation"), organisationColumns);

    Migrations::migrate(db, QStringLiteral("db"));
    CHECK(db.userVersion() == Migrations::latestVersion());
    CHECK(db.integrityProblems().isEmpty());

    // The old columns keep every value; the new ones come after them.
    CHECK(columnsOf(db, QStringLiteral("data_subject_request")).mid(0, requestColumns.size()) ==
          requestColumns);
    CHECK(contentOf(db, QStringLiteral("data_subject_request"), requestColumns) == requestsBefore);
    CHECK(contentOf(db, QStringLiteral("organisation"), organisationColumns) == organisationBefore);

    // The program reads each request as it was, with nothing of the letters filled in.
    const auto refused = RequestRepository::find(db, 1);
    REQUIRE(refused);
    CHECK(refused->requesterName == QStringLiteral("Ömer Çelik"));
    CHECK(refused->status == pr::core::RequestStatus::Refused);
    CHECK(refused->refusalReason == QStringLiteral("Facturen: fiscale bewaarplicht"));
    CHECK(refused->outcome == QStringLiteral("Marketinggegevens gewist"));
    CHECK(refused->identityRequestedDate == QDate(2026, 2, 3));
    CHECK_FALSE(refused->refusalGround.has_value());
    CHECK(refused->identityDoubt.isEmpty());
    CHECK(refused->identityProofAsked.isEmpty());
    CHECK(refused->notes.isEmpty());

    const auto extended = RequestRepository::find(db, 2);
    REQUIRE(extended);
    CHECK(extended->clientId == 1);
    CHECK(extended->clientInformedDate == QDate(2026, 3, 3));
    REQUIRE(extended->extension.has_value());
    CHECK(extended->extension->reason == QStringLiteral("Veel systemen"));
    CHECK(extended->copyProvided.isEmpty());
    CHECK(extended->recipientsInformed.isEmpty());
    CHECK(RequestRepository::all(db).size() == 3);

    const auto firm = OrganisationRepository::find(db);
    REQUIRE(firm);
    CHECK(firm->privacyContact.name == QStringLiteral("Eva Jansen"));
    CHECK(firm->backupOverwriteDays == 0);

    // ... and the facts can now be recorded, and are audited like every other field.
    const pr::core::FixedClock clock(QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC));
    const AuditContext audit{clock, QStringLiteral("eigenaar")};
    pr::core::DataSubjectRequest grounded = *refused;
    grounded.refusalGround = pr::core::RefusalGround::LegalObligation;
    grounded.notes = QStringLiteral("Alleen voor het dossier");
    RequestRepository::update(db, audit, grounded);
    CHECK(RequestRepository::find(db, 1) == grounded);
    CHECK(AuditTrail::all(db).last().changes.size() == 2);
    // A ground that is no code of the program is refused by the schema itself.
    CHECK_THROWS(
        db.exec(u"UPDATE data_subject_request SET refusal_ground = 'because' WHERE id = 1"));
    CHECK_THROWS(db.exec(u"UPDATE organisation SET backup_overwrite_days = -1"));
}
