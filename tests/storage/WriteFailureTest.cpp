// Each way a save can fail has its own message: a full disk, a read-only folder, a lost lock.
// The first two on a real small tmpfs (SmallTmpfs.h), the lock in an ordinary folder.

#include "SmallTmpfs.h"
#include "storage/RegisterErrors.h"
#include "storage/file/AtomicFile.h"
#include "storage/file/RegisterLock.h"
#include "support/TestRegister.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <cstdio>

using namespace pr::storage;
using pr::test::fastOptions;
using pr::test::password;

namespace {
void setValue(Register& reg, const QString& value)
{
    reg.write([&](SqliteDatabase& db) {
        db.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('v', ?1)")
            .bind(1, value)
            .run();
    });
}

// Runs BODY on a small tmpfs; returns false (with a warning) when none can be mounted here.
bool runOnTmpfs(const std::function<int(const QString&)>& body)
{
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("small"));
    REQUIRE(QDir().mkpath(mountPoint));
    const int code = pr::test::runOnSmallTmpfs(mountPoint, [&] { return body(mountPoint); });
    if (code == pr::test::kTmpfsUnavailable) {
        WARN("no tmpfs could be mounted here (no mount or user namespaces); test not run");
        return false;
    }
    CHECK(code == 0);
    return true;
}

bool says(const RegisterError& error, const char* text)
{
    const bool found = error.message().contains(QLatin1String(text));
    if (!found) {
        std::fprintf(stderr, "message: %s\n", qPrintable(error.message()));
    }
    return found;
}
} // namespace

TEST_CASE("A save on a full disk says the disk is full, not that the change is kept",
          "[register][diskfull]")
{
    runOnTmpfs([](const QString& mountPoint) {
        const QString path = QDir(mountPoint).filePath(QStringLiteral("vol.prreg"));
        auto reg = Register::create(path, password(), QStringLiteral("Vol B.V."), fastOptions());
        pr::test::fillFileSystem(QDir(mountPoint).filePath(QStringLiteral("filler")));
        try {
            setValue(*reg, QStringLiteral("x"));
            return 10;
        } catch (const SaveError& error) {
            if (error.cause() != WriteCause::DiskFull || !says(error, "the disk is full")) {
                return 11;
            }
            if (error.message().contains(QLatin1String("kept"))) {
                return 12;
            }
        }
        return 0;
    });
}

TEST_CASE("Opening for writing on a full disk names the full disk", "[register][diskfull]")
{
    runOnTmpfs([](const QString& mountPoint) {
        const QString path = QDir(mountPoint).filePath(QStringLiteral("vol.prreg"));
        Register::create(path, password(), QStringLiteral("Vol B.V."), fastOptions()).reset();
        pr::test::fillFileSystem(QDir(mountPoint).filePath(QStringLiteral("filler")));
        try {
            Register::open(path, password(), OpenMode::ReadWrite, fastOptions());
            return 10;
        } catch (const FileAccessError& error) {
            return says(error, "the disk is full") ? 0 : 11;
        }
    });
}

TEST_CASE("A save into a read-only folder says so", "[register][readonly]")
{
    runOnTmpfs([](const QString& mountPoint) {
        const QString path = QDir(mountPoint).filePath(QStringLiteral("ro.prreg"));
        const QString closed = QDir(mountPoint).filePath(QStringLiteral("closed.prreg"));
        Register::create(closed, password(), QStringLiteral("Dicht B.V."), fastOptions()).reset();
        auto reg = Register::create(path, password(), QStringLiteral("RO B.V."), fastOptions());
        if (!pr::test::remountReadOnly(mountPoint)) {
            return pr::test::kTmpfsUnavailable;
        }
        try {
            setValue(*reg, QStringLiteral("x"));
            return 10;
        } catch (const SaveError& error) {
            if (error.cause() != WriteCause::ReadOnly || !says(error, "is read-only")) {
                return 11;
            }
        }
        try {
            Register::open(closed, password(), OpenMode::ReadWrite, fastOptions());
            return 12;
        } catch (const FileAccessError& error) {
            return says(error, "the folder is read-only") ? 0 : 13;
        }
    });
}

TEST_CASE("A save after the lock was lost is refused and says why", "[register][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lock.prreg"));
    auto reg = Register::create(path, password(), QStringLiteral("Lock B.V."), fastOptions());
    REQUIRE(QFile::remove(RegisterLock::lockPathFor(path)));
    const QByteArray before = pr::test::readFile(path);
    try {
        setValue(*reg, QStringLiteral("x"));
        FAIL("the save went through without the lock");
    } catch (const SaveError& error) {
        CHECK(error.cause() == WriteCause::LockLost);
        CHECK(says(error, "lock file"));
    }
    CHECK(pr::test::readFile(path) == before);
    CHECK(reg->hasUnsavedChanges());
}

TEST_CASE("A failed write of another file does not speak of the register", "[file]")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("missing/export.json"));
    try {
        AtomicFile::write(target, std::vector<std::uint8_t>{'{', '}'});
        FAIL("written into a folder that does not exist");
    } catch (const SaveError&) {
        FAIL("a SaveError speaks of the register");
    } catch (const FileWriteError& error) {
        CHECK(error.message().startsWith(target));
        CHECK_FALSE(error.message().contains(QLatin1String("The register could not be saved")));
    }
}
