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

// Writing the register failed. The file on disk is the previous, intact version and the
// changes are still in memory: the user can retry or save elsewhere.
class SaveError : public RegisterError {
    Q_DECLARE_TR_FUNCTIONS(SaveError)
public:
    SaveError(const QString& path, const QString& detail);
};

// A database statement failed (a constraint, a bug). The transaction is rolled back.
class DatabaseError : public RegisterError {
public:
    using RegisterError::RegisterError;
};

} // namespace pr::storage
