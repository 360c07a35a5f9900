#include "storage/file/AtomicFile.h"

#include "storage/RegisterErrors.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

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

QByteArray AtomicFile::read(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        throw FileAccessError(tr("The file %1 does not exist.").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        throw FileAccessError(tr("The file %1 cannot be read: %2.").arg(path, file.errorString()));
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        throw FileAccessError(tr("The file %1 cannot be read: %2.").arg(path, file.errorString()));
    }
    return bytes;
}

void AtomicFile::write(const QString& path, std::span<const std::uint8_t> bytes)
{
    QSaveFile file(path);
    // Never fall back to writing PATH in place: that is exactly what must not happen.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        throw SaveError(path, file.errorString());
    }
    const auto* data = reinterpret_cast<const char*>(bytes.data());
    const auto size = static_cast<qint64>(bytes.size());
    if (file.write(data, size) != size || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        throw SaveError(path, reason);
    }
    // Only the owner may read a register or its backups, whatever the umask says.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // commit() fsyncs the temporary file before it renames it over PATH.
    if (!file.commit()) {
        throw SaveError(path, file.errorString());
    }
    syncDirectory(path);
}

} // namespace pr::storage
