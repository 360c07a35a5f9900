#include "storage/file/AtomicFile.h"

#include "storage/RegisterErrors.h"
#include "storage/file/WriteFailure.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace pr::storage {

namespace {
// Makes a completed rename durable. Failure is not fatal: the data itself is synced.
void syncDirectory(const QString& filePath)
{
    const QByteArray dir = QFile::encodeName(QFileInfo(filePath).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}
} // namespace

namespace {
// Closes a descriptor on every way out.
struct Descriptor {
    int fd = -1;
    ~Descriptor()
    {
        if (fd >= 0) {
            ::close(fd);
        }
    }
};

QString megabytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// Opens PATH for reading without ever blocking (a FIFO without a writer would block a plain
// open forever) and checks that it is a regular file of at most MAXBYTES.
void openChecked(const QString& path, qint64 maxBytes, Descriptor& file, struct stat& info)
{
    file.fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (file.fd < 0) {
        const int error = errno;
        if (error == ENOENT) {
            throw FileAccessError(AtomicFile::tr("The file %1 does not exist.").arg(path));
        }
        throw FileAccessError(AtomicFile::tr("The file %1 cannot be read: %2.")
                                  .arg(path, QString::fromLocal8Bit(std::strerror(error))));
    }
    if (::fstat(file.fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        throw FileAccessError(
            AtomicFile::tr("%1 is not an ordinary file (it is a folder, a pipe or a device) and "
                           "is not read.")
                .arg(path));
    }
    if (info.st_size > maxBytes) {
        throw FileAccessError(AtomicFile::tr("The file %1 is too large to be read: %2 MB, at "
                                             "most %3 MB.")
                                  .arg(path, megabytes(info.st_size), megabytes(maxBytes)));
    }
}
} // namespace

void AtomicFile::checkReadable(const QString& path, qint64 maxBytes)
{
    Descriptor file;
    struct stat info {};
    openChecked(path, maxBytes, file, info);
}

QByteArray AtomicFile::read(const QString& path, qint64 maxBytes)
{
    Descriptor file;
    struct stat info {};
    openChecked(path, maxBytes, file, info);
    // One byte more than the size fstat gave shows a file that grows while it is read.
    QByteArray bytes(static_cast<qsizetype>(info.st_size) + 1, Qt::Uninitialized);
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t got =
            ::read(file.fd, bytes.data() + done, static_cast<size_t>(bytes.size() - done));
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            throw FileAccessError(tr("The file %1 cannot be read: %2.")
                                      .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        }
        if (got == 0) {
            break;
        }
        done += got;
    }
    if (done > info.st_size) {
        throw FileAccessError(tr("The file %1 changed while it was read; try again.").arg(path));
    }
    bytes.resize(done);
    return bytes;
}

void AtomicFile::write(const QString& path, std::span<const std::uint8_t> bytes)
{
    QSaveFile file(path);
    // Never fall back to writing PATH in place: that is exactly what must not happen.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        throw writeFailure(path, file.errorString());
    }
    const auto* data = reinterpret_cast<const char*>(bytes.data());
    const auto size = static_cast<qint64>(bytes.size());
    if (file.write(data, size) != size || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        throw writeFailure(path, reason);
    }
    // Only the owner may read a register or its backups, whatever the umask says.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // commit() fsyncs the temporary file before it renames it over PATH.
    if (!file.commit()) {
        throw writeFailure(path, file.errorString());
    }
    syncDirectory(path);
}

} // namespace pr::storage
