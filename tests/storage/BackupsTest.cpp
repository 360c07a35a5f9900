#include "storage/file/Backups.h"

#include "support/TestRegister.h"

#include <QDir>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using pr::storage::Backups;

namespace {
std::vector<std::uint8_t> bytes(const char* text)
{
    return {text, text + std::strlen(text)};
}
} // namespace

TEST_CASE("Backups live in a folder named after the register", "[backup]")
{
    CHECK(Backups::defaultDirectoryFor(QStringLiteral("/data/firma.prreg")) ==
          QStringLiteral("/data/firma.backups"));
}

TEST_CASE("Backups are listed newest first, also within one second", "[backup]")
{
    QTemporaryDir dir;
    Backups backups(dir.filePath(QStringLiteral("r.prreg")), 10);
    const QDateTime when(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC);
    const QString first = backups.add(bytes("one"), when);
    const QString second = backups.add(bytes("two"), when);
    const QString third = backups.add(bytes("three"), when.addSecs(1));
    CHECK(backups.list() == QStringList{third, second, first});
    CHECK(pr::test::readFile(backups.newest()) == "three");
    CHECK(first.endsWith(QStringLiteral("r-20261121-100000-001.prreg")));
}

TEST_CASE("Backups beyond the configured number are deleted, oldest first", "[backup]")
{
    QTemporaryDir dir;
    Backups backups(dir.filePath(QStringLiteral("r.prreg")), 2);
    QDateTime when(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (const char* text : {"a", "b", "c", "d"}) {
        backups.add(bytes(text), when);
        when = when.addDays(1);
    }
    const QStringList kept = backups.list();
    REQUIRE(kept.size() == 2);
    CHECK(pr::test::readFile(kept.at(0)) == "d");
    CHECK(pr::test::readFile(kept.at(1)) == "c");
}

TEST_CASE("A backup count of zero keeps no backups", "[backup]")
{
    QTemporaryDir dir;
    Backups backups(dir.filePath(QStringLiteral("r.prreg")), 0);
    CHECK(backups.add(bytes("x"), QDateTime::currentDateTimeUtc()).isEmpty());
    CHECK(backups.list().isEmpty());
}

TEST_CASE("A backup made after pruning in the same second is still the newest", "[backup]")
{
    QTemporaryDir dir;
    Backups backups(dir.filePath(QStringLiteral("r.prreg")), 2);
    const QDateTime when(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC);
    for (const char* text : {"a", "b", "c", "d"}) {
        backups.add(bytes(text), when);
    }
    REQUIRE(backups.list().size() == 2);
    CHECK(pr::test::readFile(backups.newest()) == "d");
}
