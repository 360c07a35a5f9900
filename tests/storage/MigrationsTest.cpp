#include "storage/schema/Migrations.h"

#include "storage/RegisterErrors.h"
#include "storage/sqlite/SqliteDatabase.h"

#include <catch2/catch.hpp>

using namespace pr::storage;

namespace {
QStringList schemaOf(const SqliteDatabase& db)
{
    QStringList sql;
    auto rows = db.prepare(u"SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name");
    while (rows.step()) {
        sql << rows.text(0);
    }
    return sql;
}
} // namespace

TEST_CASE("Migrations are numbered 1, 2, 3, … without gaps", "[migrations]")
{
    int expected = 1;
    for (const Migration& migration : Migrations::all()) {
        CHECK(migration.version == expected++);
    }
}

TEST_CASE("Every earlier schema version migrates to the same latest schema", "[migrations]")
{
    SqliteDatabase reference = SqliteDatabase::createEmpty();
    Migrations::migrate(reference, QStringLiteral("ref"));
    REQUIRE(reference.userVersion() == Migrations::latestVersion());
    const QStringList latest = schemaOf(reference);

    for (int start = 0; start <= Migrations::latestVersion(); ++start) {
        INFO("from version " << start);
        SqliteDatabase db = SqliteDatabase::createEmpty();
        Migrations::migrate(db, QStringLiteral("db"), start);
        CHECK(db.userVersion() == start);
        Migrations::migrate(db, QStringLiteral("db"));
        CHECK(db.userVersion() == Migrations::latestVersion());
        CHECK(schemaOf(db) == latest);
        CHECK(db.integrityProblems().isEmpty());
    }
}

TEST_CASE("A database from a newer program is refused, not downgraded", "[migrations]")
{
    SqliteDatabase db = SqliteDatabase::createEmpty();
    Migrations::migrate(db, QStringLiteral("db"));
    db.setUserVersion(Migrations::latestVersion() + 1);
    try {
        Migrations::migrate(db, QStringLiteral("db"));
        FAIL("a newer schema was accepted");
    } catch (const DamagedFileError& error) {
        CHECK(error.reason() == DamagedFileError::Reason::UnsupportedVersion);
    }
}
