#pragma once

#include <QCoreApplication>
#include <QString>

#include <stdexcept>

namespace pr::storage {

// Every way opening or saving a register can fail, each its own type so that the GUI and
// the CLI (exit codes, docs/cli.md) can react to it. message() is for the user: what
// happened and what to do, translated; it never contains register content.
class RegisterError : public std::runtime_error {
public:
    explicit RegisterError(const QString& message);
    QString message() const { return m_message; }

private:
    QString m_message;
};

// The password does not open the register (the header's check value does not match).
class WrongPasswordError : public RegisterError {
    Q_DECLARE_TR_FUNCTIONS(WrongPasswordError)
public:
    WrongPasswordError();
};

// The file cannot be read as a register: it is not one, it is cut short, a byte changed,
// or it was written by a newer version. A failed open never writes to the file.
class DamagedFileError : public RegisterError {
    Q_DECLARE_TR_FUNCTIONS(DamagedFileError)
public:
    enum class Reason {
        NotARegister,       // wrong magic, empty, or too short to hold even a header
        Truncated,          // a valid start, but bytes are missing at the end
        HeaderDamaged,      // the header's checksum does not match
        ContentDamaged,     // the file checksum or the database's own check does not match
        UnsupportedVersion, // a format version this program does not know (a newer one)
        UnsupportedKdf,     // a key derivation or cipher this program does not know
    };
    DamagedFileError(Reason reason, const QString& path, const QString& detail = {});
    Reason reason() const { return m_reason; }

private:
    Reason m_reason;
};

// Another program (or another window) holds the register open for writing.
class RegisterInUseError : public RegisterError {
    Q_DECLARE_TR_FUNCTIONS(RegisterInUseError)
public:
    RegisterInUseError(const QString& path, qint64 pid, const QString& host, const QString& app);
};

// The file could not be read (permissions, missing) or the target already exists.
class FileAccessError : public RegisterError {
public:
    using RegisterError::RegisterError;
};

// Why writing a file failed, as far as the program can tell; each has its own message.
enum class WriteCause {
    DiskFull, // no space left on the file system (or the user's quota is used up)
    ReadOnly, // a read-only file system, or a folder the user may not write in
    LockLost, // the register's lock file is gone or names another holder
    Other,    // anything else: the message carries the system's reason
};

// Writing a file failed: a register, a backup, an export or a template. The file on disk is
// as it was before.
class FileWriteError : public RegisterError {
    Q_DECLARE_TR_FUNCTIONS(FileWriteError)
public:
    FileWriteError(const QString& path, WriteCause cause, const QString& systemReason = {});
    WriteCause cause() const { return m_cause; }
    // The cause in words, e.g. "the disk is full".
    QString reason() const { return m_reason; }
    static QString reasonFor(WriteCause cause, const QString& path, const QString& systemReason);

protected:
    struct Worded {}; // MESSAGE is the whole text, as the subclass words it
    FileWriteError(Worded, const QString& message, WriteCause cause, QString reason);

private:
    WriteCause m_cause;
    QString m_reason;
};

// Writing the register failed. The file on disk is the previous, intact version; the change
// is not in it. Whether the change is still in memory is the front end's to say: the desktop
// program keeps it while the window is open, the command-line tool ends without it.
class SaveError : public FileWriteError {
    Q_DECLARE_TR_FUNCTIONS(SaveError)
public:
    SaveError(const QString& path, const QString& detail);
    SaveError(const QString& path, const FileWriteError& cause);
    SaveError(const QString& path, WriteCause cause);
};

// A database statement failed (a constraint, a bug). The transaction is rolled back.
class DatabaseError : public RegisterError {
public:
    using RegisterError::RegisterError;
};

} // namespace pr::storage
