#pragma once

#include "core/time/Clock.h"
#include "crypto/Argon2id.h"
#include "storage/file/Backups.h"
#include "storage/format/MasterKey.h"
#include "storage/sqlite/SqliteDatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace pr::storage {

class RegisterLock;

enum class OpenMode { ReadWrite, ReadOnly };

struct RegisterOptions {
    int backupCount = 10;
    QString backupDirectory; // empty: "<name>.backups" beside the register
    // The cost of the key of a new register. Opening always uses the parameters stored in
    // the file; a password change keeps them unless it is given others.
    crypto::Argon2Parameters kdf = crypto::Argon2Parameters::defaults();
    const core::Clock* clock = nullptr; // nullptr: the system clock
};

struct RegisterInfo {
    int formatVersion = 0;
    int schemaVersion = 0;
    crypto::Argon2Parameters kdf{};
    qint64 fileSize = 0;
    int backupCount = 0;
    std::vector<std::pair<QString, qint64>> rowsPerTable;
};

struct PasswordChangeResult {
    int backupsReencrypted = 0;
    QStringList backupsSkipped; // damaged, or under a password that was not given
};

// An open register: the decrypted database in memory, the key, the lock, and the one way
// to save. Every change goes through write(): one transaction, then one encrypted save.
class Register {
    Q_DECLARE_TR_FUNCTIONS(Register)

public:
    // Creates a new register at PATH (refuses an existing file) and saves it once.
    static std::unique_ptr<Register> create(const QString& path,
                                            std::span<const std::uint8_t> password,
                                            const QString& organisationName,
                                            const RegisterOptions& options = {});
    // Opens PATH. ReadWrite takes the lock (RegisterInUseError if another holds it);
    // ReadOnly takes no lock and refuses to save. The file is only read.
    static std::unique_ptr<Register> open(const QString& path,
                                          std::span<const std::uint8_t> password, OpenMode mode,
                                          const RegisterOptions& options = {});
    ~Register();
    Register(const Register&) = delete;
    Register& operator=(const Register&) = delete;

    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    bool hasUnsavedChanges() const { return m_unsaved; }

    // For reading. Change through write().
    const SqliteDatabase& database() const { return m_db; }

    // Runs CHANGE in one transaction and saves. When CHANGE throws, the transaction is rolled
    // back and nothing is saved. When the save fails (SaveError), the change stays in memory:
    // hasUnsavedChanges() is true and save() or saveAs() can be tried again.
    void write(const std::function<void(SqliteDatabase&)>& change);
    // Encrypts the database with a fresh seed and nonce and writes it atomically. The first
    // save of a session backs up the file as it was opened.
    void save();
    // Saves to NEW_PATH (locked first) and continues there, e.g. after a failed save.
    void saveAs(const QString& newPath);
    // Re-encrypts the register and its backups under a new password and a new salt, with
    // KDF as the cost of the new key (default: the current one). OLD is needed for backups
    // whose salt differs from the current one.
    PasswordChangeResult changePassword(std::span<const std::uint8_t> oldPassword,
                                        std::span<const std::uint8_t> newPassword,
                                        std::optional<crypto::Argon2Parameters> kdf = {});

    RegisterInfo info() const;
    const Backups& backups() const { return m_backups; }

private:
    Register(QString path, MasterKey key, SqliteDatabase db, std::unique_ptr<RegisterLock> lock,
             bool readOnly, const RegisterOptions& options);
    void writeFile(const QString& path);
    void rememberDiskState();
    bool changedOnDisk() const;
    QDateTime now() const;

    QString m_path;
    MasterKey m_key;
    SqliteDatabase m_db;
    std::unique_ptr<RegisterLock> m_lock;
    bool m_readOnly;
    RegisterOptions m_options;
    Backups m_backups;
    bool m_unsaved = false;
    bool m_backedUpThisSession = false;
    qint64 m_diskSize = -1;
    QDateTime m_diskModified;
};

} // namespace pr::storage
