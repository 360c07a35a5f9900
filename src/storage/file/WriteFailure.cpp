#include "storage/file/WriteFailure.h"

#include <QFile>
#include <QFileInfo>

#include <sys/statvfs.h>

#include <unistd.h>

namespace pr::storage {

WriteCause diagnoseWriteFailure(const QString& filePath)
{
    const QString folderPath = QFileInfo(filePath).absolutePath();
    if (!QFileInfo(folderPath).isDir()) {
        return WriteCause::Other; // the system's reason says the folder is missing
    }
    const QByteArray folder = QFile::encodeName(folderPath);
    struct statvfs fs {};
    if (::statvfs(folder.constData(), &fs) == 0) {
        if ((fs.f_flag & ST_RDONLY) != 0) {
            return WriteCause::ReadOnly;
        }
        // A register needs at least a few blocks; one free block is as good as none.
        if (fs.f_bavail <= 1) {
            return WriteCause::DiskFull;
        }
    }
    if (::access(folder.constData(), W_OK) != 0) {
        return WriteCause::ReadOnly;
    }
    return WriteCause::Other;
}

FileWriteError writeFailure(const QString& filePath, const QString& systemReason)
{
    return {filePath, diagnoseWriteFailure(filePath), systemReason};
}

} // namespace pr::storage
