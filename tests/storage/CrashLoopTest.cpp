// Kills a process that saves in a loop, 200 times at random moments, and checks after each
// kill that the register opens and holds either the last reported state or the one after
// it: a save is atomic, whatever moment it is interrupted at.

#include "storage/RegisterErrors.h"
#include "support/TestRegister.h"

#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <random>

using namespace pr::storage;

namespace {
// The counter on disk, after checking that the file opens, that the database is sound, and
// that the counter and the rows written in the same transaction agree.
std::int64_t counterIn(const QString& path)
{
    const auto reg =
        Register::open(path, pr::test::password(), OpenMode::ReadOnly, pr::test::fastOptions());
    const auto& db = reg->database();
    REQUIRE(db.integrityProblems().isEmpty());
    const std::int64_t counter =
        db.scalar(u"SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'counter'");
    CHECK(db.scalar(u"SELECT count(*) FROM meta WHERE key LIKE 'filler-%'") == counter);
    return counter;
}
} // namespace

TEST_CASE("A save killed at any moment leaves the old or the new register", "[crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.prreg"));
    {
        auto reg = Register::create(path, pr::test::password(), QStringLiteral("Crash B.V."),
                                    pr::test::fastOptions());
        reg->write([](SqliteDatabase& db) {
            db.exec(u"INSERT INTO meta (key, value) VALUES ('counter', '0')");
        });
    }

    std::mt19937 random(20261121);
    std::int64_t lastSeen = 0;
    for (int round = 0; round < 200; ++round) {
        QProcess helper;
        helper.start(
            QStringLiteral(PR_SAVE_LOOP_HELPER),
            {path, QString::fromLatin1(pr::test::kPassword.data(),
                                       static_cast<qsizetype>(pr::test::kPassword.size()))});
        REQUIRE(helper.waitForStarted());
        // Let it complete a random number of saves (0–4), then kill it in whatever it is
        // doing next: usually in the middle of serialising, encrypting or writing.
        const int saves = static_cast<int>(random() % 5);
        std::int64_t reported = lastSeen;
        for (int seen = 0; seen < saves;) {
            REQUIRE(helper.waitForReadyRead(10000));
            while (helper.canReadLine()) {
                reported = helper.readLine().trimmed().toLongLong();
                ++seen;
            }
        }
        helper.kill();
        REQUIRE(helper.waitForFinished(10000));
        INFO("round " << round << ", last reported save " << reported);
        // Saves may have completed after the last line we read, never fewer than reported.
        const std::int64_t onDisk = counterIn(path);
        CHECK(onDisk >= reported);
        lastSeen = onDisk;
    }
    CHECK(lastSeen > 0);
}
