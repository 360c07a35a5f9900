#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace pr::storage {

// Keeps a second writer (another window, the CLI) away from a register: a lock file
// PATH.lock that names the holder's process, host and program. A lock left behind by a
// process that no longer runs is taken over; a live holder's lock never expires by age.
class RegisterLock {
public:
    // Takes the lock or throws RegisterInUseError naming the holder.
    explicit RegisterLock(const QString& registerPath);
    ~RegisterLock();
    RegisterLock(const RegisterLock&) = delete;
    RegisterLock& operator=(const RegisterLock&) = delete;

    // Whether the lock file still names this process on this host: false when someone
    // removed it, or another program took it over in the meantime.
    bool isHeld() const;

    static QString lockPathFor(const QString& registerPath);

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace pr::storage
