#pragma once

#include "cli/GlobalOptions.h"
#include "core/settings/AppSettings.h"
#include "core/time/Clock.h"
#include "crypto/SecureAllocator.h"
#include "storage/Register.h"
#include "usecases/UseCaseContext.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QTextStream>

namespace pr::cli {

// What a command may use of the outside world. Tests build one over buffers and a
// FixedClock; main() builds one over the real streams and the system clock. The settings are
// the user's (those of the desktop program) unless the caller hands others, as tests do.
class CommandContext {
    Q_DECLARE_TR_FUNCTIONS(CommandContext)

public:
    CommandContext(QTextStream& out, QTextStream& err, QIODevice& in, const core::Clock& clock,
                   GlobalOptions options);
    // With SETTINGS (which must outlive the context) instead of the user's.
    CommandContext(QTextStream& out, QTextStream& err, QIODevice& in, const core::Clock& clock,
                   GlobalOptions options, const core::AppSettings& settings);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const core::Clock& clock() const { return m_clock; }
    const GlobalOptions& options() const { return m_options; }
    const core::AppSettings& settings() const { return m_settings; }
    // What the use cases need to change REG on this command's behalf.
    usecases::UseCaseContext useCases(storage::Register& reg) const;

    // --register, else $PRIVACYREGISTER_REGISTER; throws UsageError when neither is given.
    QString registerPath() const;
    // From --password-file or --password-stdin, else asked on the terminal without echo.
    // Throws UsageError when there is no way to get one.
    crypto::SecureBytes readPassword(const QString& prompt);
    // A password for a new key: like readPassword(), but asked twice on a terminal, and
    // refused when shorter than kMinimumNewPasswordLength characters. FILE, when given, is
    // read instead of the global password source (change-password --new-password-file).
    crypto::SecureBytes readNewPassword(const QString& file = {});
    static constexpr std::size_t kMinimumNewPasswordLength = 8;
    // A password file is a small ordinary file (docs/cli.md); its first line is the password.
    static constexpr qint64 kMaxPasswordFileBytes = 64 * 1024;
    // Reads the first line of PATH as a password (for options like --new-password-file).
    static crypto::SecureBytes readPasswordFile(const QString& path);
    // Opens registerPath() with readPassword().
    std::unique_ptr<storage::Register> openRegister(storage::OpenMode mode);
    // The options every command opens registers with (backups, clock).
    storage::RegisterOptions registerOptions() const;

private:
    QTextStream& m_out;
    QTextStream& m_err;
    QIODevice& m_in;
    const core::Clock& m_clock;
    GlobalOptions m_options;
    std::unique_ptr<core::AppSettings> m_userSettings; // when no settings were handed in
    const core::AppSettings& m_settings;
};

} // namespace pr::cli
