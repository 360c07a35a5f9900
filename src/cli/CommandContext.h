#pragma once

#include "cli/GlobalOptions.h"
#include "core/time/Clock.h"
#include "crypto/SecureAllocator.h"
#include "storage/Register.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QTextStream>

namespace pr::cli {

// What a command may use of the outside world. Tests build one over buffers and a
// FixedClock; main() builds one over the real streams and the system clock.
class CommandContext {
    Q_DECLARE_TR_FUNCTIONS(CommandContext)

public:
    CommandContext(QTextStream& out, QTextStream& err, QIODevice& in, const core::Clock& clock,
                   GlobalOptions options);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const core::Clock& clock() const { return m_clock; }
    const GlobalOptions& options() const { return m_options; }

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
};

} // namespace pr::cli
