#pragma once

#include <QString>

#include <spdlog/spdlog.h>

// Logging goes through spdlog's default logger, which Log::initialise() points at a
// rotating file in the data folder (and stderr when asked). What may be logged: event names,
// counts, durations, file paths and error classes. What may never be logged: a value the user
// typed into the register (names, addresses, e-mail, request details), a password or a key.
// tests/cli/CliLogPrivacyTest.cpp checks a verbose session on the demo register: its log and
// stderr must hold none of the demo's names, addresses, e-mail addresses or phone numbers.

namespace pr::core {

struct LogOptions {
    QString directory;     // where privacyregister.log rotates; empty: no file
    bool toStderr = false; // the CLI's --verbose
    bool debug = false;    // include debug-level lines
};

class Log {
public:
    // Replaces the default logger. Safe to call again (e.g. a test that changes folders).
    static void initialise(const LogOptions& options);
    // Flushes and closes the sinks; the default logger then discards everything.
    static void shutdown();
    // The file being written, or an empty string when logging to a file is off.
    static QString filePath();
    // The data folder the GUI and the CLI log to (QStandardPaths::AppDataLocation + "/logs").
    static QString defaultDirectory();
};

} // namespace pr::core

// Lets spdlog format QString arguments: spdlog::info("opened {}", path).
template <>
struct fmt::formatter<QString> : fmt::formatter<std::string_view> {
    template <typename FormatContext>
    auto format(const QString& value, FormatContext& ctx) const
    {
        const QByteArray utf8 = value.toUtf8();
        return fmt::formatter<std::string_view>::format(
            std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), ctx);
    }
};
