#include "storage/file/RegisterLock.h"

#include "storage/RegisterErrors.h"
#include "storage/file/WriteFailure.h"

#include <QCoreApplication>
#include <QSysInfo>

#include <chrono>
#include <thread>

namespace pr::storage {

namespace {
struct Holder {
    qint64 pid = 0;
    QString host;
    QString app;
};

// The holder named in the lock file. A lock file is created empty and then written, so a
// reader can catch it in between: look again briefly before saying the holder is unknown.
Holder readHolder(const QLockFile& lock)
{
    Holder holder;
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (lock.getLockInfo(&holder.pid, &holder.host, &holder.app) && !holder.host.isEmpty()) {
            return holder;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return holder;
}

QString cannotCreate(const QString& lockPath, WriteCause cause)
{
    switch (cause) {
    case WriteCause::DiskFull:
        return QCoreApplication::translate("RegisterLock",
                                           "The lock file %1 cannot be created: the disk is "
                                           "full. Free some space, or open the register "
                                           "read-only.")
            .arg(lockPath);
    case WriteCause::ReadOnly:
        return QCoreApplication::translate("RegisterLock",
                                           "The lock file %1 cannot be created: the folder is "
                                           "read-only for this program. Open the register "
                                           "read-only, or copy it to a folder you can write in.")
            .arg(lockPath);
    case WriteCause::LockLost:
    case WriteCause::Other:
        break;
    }
    return QCoreApplication::translate("RegisterLock",
                                       "The lock file %1 cannot be created. Check that the "
                                       "folder is writable, or open the register read-only.")
        .arg(lockPath);
}
} // namespace

QString RegisterLock::lockPathFor(const QString& registerPath)
{
    return registerPath + QStringLiteral(".lock");
}

RegisterLock::RegisterLock(const QString& registerPath)
    : m_lock(std::make_unique<QLockFile>(lockPathFor(registerPath)))
{
    // 0: age alone never makes a lock stale; only a dead holder process does. A desktop
    // session may keep a register open for days.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0)) {
        return;
    }
    if (m_lock->error() == QLockFile::LockFailedError) {
        const Holder holder = readHolder(*m_lock);
        throw RegisterInUseError(registerPath, holder.pid, holder.host, holder.app);
    }
    const QString lockPath = lockPathFor(registerPath);
    throw FileAccessError(cannotCreate(lockPath, diagnoseWriteFailure(lockPath)));
}

RegisterLock::~RegisterLock() = default;

bool RegisterLock::isHeld() const
{
    qint64 pid = 0;
    QString host;
    QString app;
    return m_lock->getLockInfo(&pid, &host, &app) && pid == QCoreApplication::applicationPid() &&
           host == QSysInfo::machineHostName();
}

} // namespace pr::storage
