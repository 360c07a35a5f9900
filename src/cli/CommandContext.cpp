#include "cli/CommandContext.h"

#include "cli/TerminalPassword.h"
#include "cli/UsageError.h"
#include "core/settings/AppSettings.h"
#include "storage/RegisterErrors.h"
#include "storage/file/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <optional>

namespace pr::cli {

namespace {
// Reads up to the first newline, dropping a trailing "\r". The bytes never pass through a
// QByteArray or QString, whose buffers could not be wiped afterwards.
// A password is one line of at most this many bytes; a longer "line" is not a password
// file (/dev/zero, a binary file) and is not read to its end.
constexpr qint64 kMaxPasswordBytes = 4096;

// The first line of DEVICE, or nothing when it is longer than kMaxPasswordBytes.
std::optional<crypto::SecureBytes> readFirstLine(QIODevice& device)
{
    crypto::SecureBytes line;
    char c = 0;
    while (device.getChar(&c) && c != '\n') {
        if (static_cast<qint64>(line.size()) >= kMaxPasswordBytes) {
            return std::nullopt;
        }
        line.push_back(static_cast<std::uint8_t>(c));
    }
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    return line;
}

QString tooLong()
{
    return CommandContext::tr("the password is longer than %1 bytes; give a file or input whose "
                              "first line is the password")
        .arg(kMaxPasswordBytes);
}
} // namespace

CommandContext::CommandContext(QTextStream& out, QTextStream& err, QIODevice& in,
                               const core::Clock& clock, GlobalOptions options)
    : m_out(out)
    , m_err(err)
    , m_in(in)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_userSettings(std::make_unique<core::AppSettings>())
    , m_settings(*m_userSettings)
{}

CommandContext::CommandContext(QTextStream& out, QTextStream& err, QIODevice& in,
                               const core::Clock& clock, GlobalOptions options,
                               const core::AppSettings& settings)
    : m_out(out)
    , m_err(err)
    , m_in(in)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_settings(settings)
{}

usecases::UseCaseContext CommandContext::useCases(storage::Register& reg) const
{
    return usecases::UseCaseContext(reg, m_clock, m_settings);
}

QString CommandContext::registerPath() const
{
    if (!m_options.registerPath.isEmpty()) {
        return m_options.registerPath;
    }
    const QString fromEnvironment = qEnvironmentVariable("PRIVACYREGISTER_REGISTER");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    throw UsageError(tr("no register given: use --register PATH or set PRIVACYREGISTER_REGISTER"));
}

crypto::SecureBytes CommandContext::readPasswordFile(const QString& path)
{
    // A pipe or a device is refused before the open, which would block on a pipe.
    try {
        storage::AtomicFile::checkReadable(path, kMaxPasswordFileBytes);
    } catch (const storage::FileAccessError& error) {
        throw UsageError(tr("cannot use the password file: %1").arg(error.message()));
    }
    QFile file(path);
    // Unbuffered: a buffered QFile would keep a copy of the password in Qt's read buffer.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        throw UsageError(tr("cannot read the password file %1: %2").arg(path, file.errorString()));
    }
    std::optional<crypto::SecureBytes> line = readFirstLine(file);
    if (!line) {
        throw UsageError(tooLong());
    }
    crypto::SecureBytes password = std::move(*line);
    if (password.empty()) {
        throw UsageError(tr("the password file %1 is empty").arg(path));
    }
    return password;
}

crypto::SecureBytes CommandContext::readPassword(const QString& prompt)
{
    if (!m_options.passwordFile.isEmpty() && m_options.passwordFromStdin) {
        throw UsageError(tr("use either --password-file or --password-stdin, not both"));
    }
    if (!m_options.passwordFile.isEmpty()) {
        return readPasswordFile(m_options.passwordFile);
    }
    crypto::SecureBytes password;
    if (m_options.passwordFromStdin) {
        std::optional<crypto::SecureBytes> line = readFirstLine(m_in);
        if (!line) {
            throw UsageError(tooLong());
        }
        password = std::move(*line);
    } else if (TerminalPassword::available()) {
        password = TerminalPassword::ask(prompt);
    } else {
        throw UsageError(
            tr("no password given: use --password-file PATH or --password-stdin (stdin is not "
               "a terminal, so the password cannot be asked)"));
    }
    if (password.empty()) {
        throw UsageError(tr("the password is empty"));
    }
    return password;
}

crypto::SecureBytes CommandContext::readNewPassword(const QString& file)
{
    crypto::SecureBytes password;
    if (!file.isEmpty()) {
        password = readPasswordFile(file);
    } else if (m_options.passwordFile.isEmpty() && !m_options.passwordFromStdin &&
               TerminalPassword::available()) {
        password = TerminalPassword::ask(tr("New password: "));
        if (password != TerminalPassword::ask(tr("Repeat the new password: "))) {
            throw UsageError(tr("the two passwords differ"));
        }
    } else {
        password = readPassword({});
    }
    const auto characters = std::count_if(password.begin(), password.end(), [](std::uint8_t b) {
        return (b & 0xC0) != 0x80; // count UTF-8 lead bytes: characters, not bytes
    });
    if (static_cast<std::size_t>(characters) < kMinimumNewPasswordLength) {
        throw UsageError(
            tr("a new password needs at least %1 characters").arg(kMinimumNewPasswordLength));
    }
    return password;
}

storage::RegisterOptions CommandContext::registerOptions() const
{
    storage::RegisterOptions options;
    options.clock = &m_clock;
    // The same number of backups as the desktop program keeps (its settings).
    options.backupCount = m_settings.backupCount();
    return options;
}

std::unique_ptr<storage::Register> CommandContext::openRegister(storage::OpenMode mode)
{
    const QString path = registerPath();
    const crypto::SecureBytes password = readPassword(tr("Password for %1: ").arg(path));
    return storage::Register::open(path, password, mode, registerOptions());
}

} // namespace pr::cli
