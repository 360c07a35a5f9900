// Schema 13: the English versions of the register's texts. A register of schema 12 keeps its
// organisation as it was and has none; once stored, they are read back in the user's order,
// and the database itself refuses an empty text or a Dutch text recorded twice.

#include "core/time/Clock.h"
#include "storage/audit/AuditContext.h"
#include "storage/repositories/OrganisationRepository.h"
#include "storage/schema/Migrations.h"
#include "storage/sqlite/SqliteDatabase.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace pr::storage;

TEST_CASE("An organisation of schema 12 migrates to schema 13 without English texts",
          "[migrations][english]")
{
    SqliteDatabase db = SqliteDatabase::createEmpty();
    Migrations::migrate(db, u"db"_s, 12);
    REQUIRE(db.userVersion() == 12);
    db.exec(uR"sql(
        INSERT INTO organisation (id, legal_name, city) VALUES (1, 'Voorbeeld ICT B.V.', 'Utrecht');
    )sql");

    Migrations::migrate(db, u"db"_s);
    CHECK(db.userVersion() == Migrations::latestVersion());
    CHECK(db.integrityProblems().isEmpty());
    const auto organisation = OrganisationRepository::find(db);
    REQUIRE(organisation);
    CHECK(organisation->legalName == u"Voorbeeld ICT B.V."_s);
    CHECK(organisation->englishTexts.isEmpty());

    const pr::core::FixedClock clock(QDateTime(QDate(2026, 12, 8), QTime(9, 0)));
    const AuditContext audit{clock, u"eigenaar"_s};
    pr::core::Organisation changed = *organisation;
    changed.englishTexts = {{u"Werkplekbeheer"_s, u"Workstation management"_s},
                            {u"Back-up en herstel"_s, u"Back-up and restore"_s}};
    OrganisationRepository::update(db, audit, changed);
    CHECK(OrganisationRepository::find(db)->englishTexts == changed.englishTexts);

    // One version per Dutch text, and never an empty one, whatever a caller sends.
    CHECK_THROWS(db.exec(u"INSERT INTO english_text (position, dutch, english) "
                         u"VALUES (9, 'Werkplekbeheer', 'Desktop management')"));
    CHECK_THROWS(
        db.exec(u"INSERT INTO english_text (position, dutch, english) VALUES (9, 'Iets', ' ')"));
}
