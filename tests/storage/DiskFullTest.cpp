// Fills a real file system and saves: the save must fail with SaveError, the file on disk
// must stay the previous version, the change must stay in memory, and a retry after space
// was freed must succeed. The file system is a small tmpfs (SmallTmpfs.h).

#include "SmallTmpfs.h"
#include "storage/RegisterErrors.h"
#include "support/TestRegister.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace pr::storage;

namespace {
int runInChild(const QString& mountPoint)
{
    const QString path = QDir(mountPoint).filePath(QStringLiteral("vol.prreg"));
    const QString filler = QDir(mountPoint).filePath(QStringLiteral("filler"));
    const auto setValue = [](Register& reg, const QString& value) {
        reg.write([&](SqliteDatabase& db) {
            db.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('v', ?1)")
                .bind(1, value)
                .run();
        });
    };
    const auto valueOnDisk = [&] {
        const auto reg =
            Register::open(path, pr::test::password(), OpenMode::ReadOnly, pr::test::fastOptions());
        auto query = reg->database().prepare(u"SELECT value FROM meta WHERE key = 'v'");
        return query.step() ? query.text(0) : QString();
    };
    try {
        auto reg = Register::create(path, pr::test::password(), QStringLiteral("Vol B.V."),
                                    pr::test::fastOptions());
        setValue(*reg, QStringLiteral("before"));
        pr::test::fillFileSystem(filler);
        try {
            setValue(*reg, QStringLiteral("after"));
            return 10; // the save "succeeded" on a full disk
        } catch (const SaveError&) {
        }
        if (!reg->hasUnsavedChanges()) {
            return 11;
        }
        if (valueOnDisk() != QStringLiteral("before")) {
            return 12;
        }
        QFile::remove(filler);
        reg->save();
        if (reg->hasUnsavedChanges() || valueOnDisk() != QStringLiteral("after")) {
            return 13;
        }
        // No temporary files were left behind by the failed save.
        const QStringList left = QDir(mountPoint).entryList(QDir::Files | QDir::Hidden);
        if (left != QStringList{QStringLiteral("vol.prreg"), QStringLiteral("vol.prreg.lock")}) {
            return 14;
        }
        return 0;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "unexpected: %s\n", error.what());
        return 20;
    }
}
} // namespace

TEST_CASE("A full disk fails the save, keeps the file and the changes", "[register][diskfull]")
{
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("small"));
    REQUIRE(QDir().mkpath(mountPoint));

    const int code = pr::test::runOnSmallTmpfs(mountPoint, [&] { return runInChild(mountPoint); });
    if (code == pr::test::kTmpfsUnavailable) {
        WARN("no tmpfs could be mounted here (no mount or user namespaces); test not run");
        return;
    }
    CHECK(code == 0);
}
