#include "storage/file/RegisterLock.h"

#include "storage/RegisterErrors.h"

#include <QCoreApplication>

namespace pr::storage {

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
        qint64 pid = 0;
        QString host;
        QString app;
        m_lock->getLockInfo(&pid, &host, &app);
        throw RegisterInUseError(registerPath, pid, host, app);
    }
    throw FileAccessError(
        QCoreApplication::translate("RegisterLock",
                                    "The lock file %1 cannot be created. Check that the folder "
                                    "is writable, or open the register read-only.")
            .arg(lockPathFor(registerPath)));
}

RegisterLock::~RegisterLock() = default;

} // namespace pr::storage
