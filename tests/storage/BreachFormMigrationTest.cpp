// Schema 14: the facts of the AP's notification form on a breach. A breach of schema 12 keeps
// everything it held, its reports included; the new facts start unknown (no risk assessed, no
// kinds, not encrypted as far as known, no report final).

#include "storage/repositories/BreachRepository.h"
#include "storage/schema/Migrations.h"
#include "storage/sqlite/SqliteDatabase.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace pr::storage;
using namespace Qt::StringLiterals;

TEST_CASE("Breaches of schema 12 keep their content in the latest schema", "[migrations][breach]")
{
    SqliteDatabase db = SqliteDatabase::createEmpty();
    Migrations::migrate(db, u"db"_s, 12);
    REQUIRE(db.userVersion() == 12);
    // Rows as schema 12 stores them, written with SQL: the repositories speak the latest schema.
    db.exec(uR"sql(
        INSERT INTO client (id, legal_name) VALUES (1, 'Lindeboom Accountants B.V.');
        INSERT INTO breach (id, reference, discovered_at, description, approx_subject_count,
                            approx_record_count, likely_consequences, measures_taken,
                            ap_notified, ap_not_notified_reason, ap_reference,
                            subjects_informed, subjects_informed_date,
                            subjects_not_informed_reason, client_id, client_notified_at)
        VALUES (1, 'DL-2026-01', '2026-03-09T07:40:00.000Z', 'Phishing', 340, 1900,
                'Gerichte phishing', 'Wachtwoord gewijzigd', 1, '', 'M-2026-0417', 1,
                '2026-03-11', '', NULL, NULL);
        INSERT INTO breach (id, reference, discovered_at, description, client_id,
                            client_notified_at)
        VALUES (2, 'DL-2026-03', '2026-09-14T05:55:00.000Z', 'Gijzelsoftware', 1,
                '2026-09-14T07:20:00.000Z');
        INSERT INTO breach_data_category (breach_id, position, category)
        VALUES (1, 0, 'NAW-gegevens');
        INSERT INTO breach_data_subject_category (breach_id, position, category)
        VALUES (1, 0, 'Klanten');
        INSERT INTO breach_ap_notification (breach_id, position, phase, sent_at, summary)
        VALUES (1, 0, 'initial', '2026-03-10T15:05:00.000Z', 'Eerste melding'),
               (1, 1, 'follow-up', '2026-03-23T10:30:00.000Z', 'Aanvulling');
    )sql");

    Migrations::migrate(db, u"db"_s);
    CHECK(db.userVersion() == Migrations::latestVersion());
    CHECK(db.integrityProblems().isEmpty());

    const auto own = BreachRepository::find(db, 1);
    REQUIRE(own);
    CHECK(own->reference == u"DL-2026-01"_s);
    CHECK(own->discoveredAt == QDateTime(QDate(2026, 3, 9), QTime(7, 40), QTimeZone::utc()));
    CHECK(own->description == u"Phishing"_s);
    CHECK(own->approxSubjectCount == 340);
    CHECK(own->approxRecordCount == 1900);
    CHECK(own->likelyConsequences == u"Gerichte phishing"_s);
    CHECK(own->measuresTaken == u"Wachtwoord gewijzigd"_s);
    CHECK(own->apNotified == true);
    CHECK(own->apReference == u"M-2026-0417"_s);
    CHECK(own->subjectsInformed == true);
    CHECK(own->subjectsInformedDate == QDate(2026, 3, 11));
    CHECK(own->dataCategories == QStringList{u"NAW-gegevens"_s});
    CHECK(own->dataSubjectCategories == QStringList{u"Klanten"_s});
    REQUIRE(own->apNotifications.size() == 2);
    CHECK(own->apNotifications[1].summary == u"Aanvulling"_s);
    CHECK_FALSE(own->apNotifications[0].final);
    CHECK_FALSE(own->apNotifications[1].final);
    // The new facts: unknown.
    CHECK_FALSE(own->startedAt.isValid());
    CHECK_FALSE(own->endedAt.isValid());
    CHECK_FALSE(own->ongoing);
    CHECK(own->natures.isEmpty());
    CHECK(own->specialCategories == pr::core::SpecialCategories{});
    CHECK_FALSE(own->maxSubjectCount);
    CHECK_FALSE(own->unintelligible);
    CHECK_FALSE(own->confidentialityLost);
    CHECK_FALSE(own->risk);
    CHECK(own->riskReasoning.isEmpty());
    CHECK_FALSE(own->subjectsNotInformedGround);

    const auto forClient = BreachRepository::find(db, 2);
    REQUIRE(forClient);
    CHECK(forClient->clientId == 1);
    CHECK(forClient->clientNotifiedAt ==
          QDateTime(QDate(2026, 9, 14), QTime(7, 20), QTimeZone::utc()));
    CHECK(BreachRepository::all(db).size() == 2);
}
