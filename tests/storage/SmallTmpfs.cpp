#include "SmallTmpfs.h"

#include <QByteArray>
#include <QFile>

#include <sys/mount.h>
#include <sys/wait.h>

#include <cstdio>
#include <exception>

#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

namespace pr::test {

namespace {
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

bool mountSmallTmpfs(const QString& where, int sizeKiB)
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
    const QByteArray size = "size=" + QByteArray::number(sizeKiB) + "k";
    return mount("tmpfs", QFile::encodeName(where).constData(), "tmpfs", 0, size.constData()) == 0;
}
} // namespace

int runOnSmallTmpfs(const QString& mountPoint, const std::function<int()>& body, int sizeKiB)
{
    const pid_t child = fork();
    if (child == 0) {
        if (!mountSmallTmpfs(mountPoint, sizeKiB)) {
            _exit(kTmpfsUnavailable);
        }
        int code = 20;
        try {
            code = body();
        } catch (const std::exception& error) {
            std::fprintf(stderr, "unexpected: %s\n", error.what());
        }
        _exit(code);
    }
    int status = 0;
    if (waitpid(child, &status, 0) != child || !WIFEXITED(status)) {
        return -1;
    }
    return WEXITSTATUS(status);
}

bool remountReadOnly(const QString& mountPoint)
{
    const QByteArray where = QFile::encodeName(mountPoint);
    // A bind mount of the folder over itself, made read-only: unlike a plain read-only
    // remount this works while files are open for writing (such as a register's lock).
    return mount(where.constData(), where.constData(), nullptr, MS_BIND, nullptr) == 0 &&
           mount(nullptr, where.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) ==
               0;
}

void fillFileSystem(const QString& path)
{
    QFile filler(path);
    if (!filler.open(QIODevice::WriteOnly)) {
        return;
    }
    const QByteArray block(4096, 'f');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
}

} // namespace pr::test
