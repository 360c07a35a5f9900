#include "storage/sqlite/SqliteDatabase.h"

#include "storage/RegisterErrors.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace pr::storage;

TEST_CASE("An in-memory database round-trips through its image", "[sqlite]")
{
    SqliteDatabase db = SqliteDatabase::createEmpty();
    db.exec(u"CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('één'), ('twee');");
    const auto image = db.image();
    REQUIRE(image.size() > 0);
    const std::vector<std::uint8_t> copy(image.begin(), image.end());

    SqliteDatabase restored = SqliteDatabase::fromImage(copy);
    CHECK(restored.scalar(u"SELECT count(*) FROM t") == 2);
    auto first = restored.prepare(u"SELECT x FROM t ORDER BY rowid");
    REQUIRE(first.step());
    CHECK(first.text(0) == QStringLiteral("één"));
    restored.exec(u"INSERT INTO t VALUES ('drie')");
    CHECK(restored.scalar(u"SELECT count(*) FROM t") == 3);
}

TEST_CASE("Foreign keys are enforced and errors become DatabaseError", "[sqlite]")
{
    SqliteDatabase db = SqliteDatabase::createEmpty();
    db.exec(u"CREATE TABLE parent (id INTEGER PRIMARY KEY);"
            u"CREATE TABLE child (parent_id INTEGER NOT NULL REFERENCES parent(id));");
    CHECK_THROWS_AS(db.exec(u"INSERT INTO child VALUES (42)"), DatabaseError);
    CHECK_THROWS_AS(db.prepare(u"SELECT nonsense FROM nowhere"), DatabaseError);
}

TEST_CASE("The defensive flag keeps SQL from editing the schema by hand", "[sqlite]")
{
    SqliteDatabase db = SqliteDatabase::createEmpty();
    db.exec(u"CREATE TABLE t (x)");
    CHECK_THROWS_AS(db.exec(u"PRAGMA writable_schema = ON; "
                            u"UPDATE sqlite_schema SET sql = 'junk' WHERE name = 't'"),
                    DatabaseError);
}

TEST_CASE("The integrity check reports a damaged page", "[sqlite]")
{
    SqliteDatabase db = SqliteDatabase::createEmpty();
    db.exec(u"CREATE TABLE t (x TEXT); CREATE INDEX tx ON t(x);");
    for (int i = 0; i < 200; ++i) {
        db.exec(QStringLiteral("INSERT INTO t VALUES ('row %1')").arg(i));
    }
    CHECK(db.integrityProblems().isEmpty());
    const auto image = db.image();
    std::vector<std::uint8_t> damaged(image.begin(), image.end());
    // Scribble over the middle of the last page (an index or table page).
    for (std::size_t i = damaged.size() - 3000; i < damaged.size() - 2000; ++i) {
        damaged[i] = 0x55;
    }
    SqliteDatabase broken = SqliteDatabase::fromImage(damaged);
    CHECK_FALSE(broken.integrityProblems().isEmpty());
    CHECK_FALSE(broken.integrityProblems(SqliteDatabase::CheckDepth::Quick).isEmpty());
}
