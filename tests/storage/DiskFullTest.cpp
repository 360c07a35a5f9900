// Fills a real file system and saves: the save must fail with SaveError, the file on disk
// must stay the previous version, the change must stay in memory, and a retry after space
// was freed must succeed. The file system is a 1 MiB tmpfs mounted in a private mount
// namespace of a child process, so the test needs no root and leaves nothing behind.

#include "storage/RegisterErrors.h"
#include "support/TestRegister.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <sys/mount.h>
#include <sys/wait.h>

#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

using namespace pr::storage;

namespace {
// Exit codes of the child: 0 success, 77 "cannot set up a tmpfs here", others a failed step.
constexpr int kSkipped = 77;

bool writeProcFile(const char* path, const QByteArray& text)
{
    const int fd = ::open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool ok = ::write(fd, text.constData(), static_cast<size_t>(text.size())) == text.size();
    ::close(fd);
    return ok;
}

bool mountSmallTmpfs(const QString& where)
{
    const uid_t uid = getuid();
    const gid_t gid = getgid();
    if (unshare(CLONE_NEWNS) != 0) {
        // Not root: a user namespace in which we are root gives the same power.
        if (unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0) {
            return false;
        }
        writeProcFile("/proc/self/setgroups", "deny");
        writeProcFile("/proc/self/uid_map",
                      QByteArray::number(0) + ' ' + QByteArray::number(uid) + " 1");
        writeProcFile("/proc/self/gid_map",
                      QByteArray::number(0) + ' ' + QByteArray::number(gid) + " 1");
    }
    if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        return false;
    }
    return mount("tmpfs", QFile::encodeName(where).constData(), "tmpfs", 0, "size=1m") == 0;
}

// Writes a file until the file system is full.
void fill(const QString& path)
{
    QFile filler(path);
    if (!filler.open(QIODevice::WriteOnly)) {
        return;
    }
    const QByteArray block(4096, 'f');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
}

int runInChild(const QString& mountPoint)
{
    if (!mountSmallTmpfs(mountPoint)) {
        return kSkipped;
    }
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
        fill(filler);
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

    const pid_t child = fork();
    if (child == 0) {
        _exit(runInChild(mountPoint));
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    const int code = WEXITSTATUS(status);
    if (code == kSkipped) {
        WARN("no tmpfs could be mounted here (no mount or user namespaces); test not run");
        return;
    }
    CHECK(code == 0);
}
