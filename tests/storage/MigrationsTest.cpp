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

// Numbers are handed out to branches that are developed side by side, so the list may have
// gaps until they are all merged; it must still start at 1 and only go up.
TEST_CASE("Migrations are numbered upwards from 1", "[migrations]")
{
    int previous = 0;
    for (const Migration& migration : Migrations::all()) {
        CHECK(migration.version > previous);
        previous = migration.version;
    }
    CHECK(Migrations::all().front().version == 1);
}

TEST_CASE("Every earlier schema version migrates to the same latest schema", "[migrations]")
{
    SqliteDatabase reference = SqliteDatabase::createEmpty();
    Migrations::migrate(reference, QStringLiteral("ref"));
    REQUIRE(reference.userVersion() == Migrations::latestVersion());
    const QStringList latest = schemaOf(reference);

    QList<int> starts{0};
    for (const Migration& migration : Migrations::all()) {
        starts.append(migration.version);
    }
    for (const int start : starts) {
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
