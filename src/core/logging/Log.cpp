#include "core/logging/Log.h"

#include <QDir>
#include <QStandardPaths>

#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>

#include <memory>
#include <vector>

namespace pr::core {

namespace {
constexpr size_t kMaxFileBytes = 1024 * 1024;
constexpr size_t kMaxFiles = 3;
QString g_filePath;
} // namespace

void Log::initialise(const LogOptions& options)
{
    std::vector<spdlog::sink_ptr> sinks;
    g_filePath.clear();
    if (!options.directory.isEmpty() && QDir().mkpath(options.directory)) {
        const QString path =
            QDir(options.directory).filePath(QStringLiteral("privacyregister.log"));
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                path.toStdString(), kMaxFileBytes, kMaxFiles));
            g_filePath = path;
        } catch (const spdlog::spdlog_ex&) {
            // An unwritable log folder must not stop the program; stderr (if on) still works.
        }
    }
    if (options.toStderr) {
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_sink_mt>());
    }
    if (sinks.empty()) {
        sinks.push_back(std::make_shared<spdlog::sinks::null_sink_mt>());
    }
    auto logger = std::make_shared<spdlog::logger>("privacyregister", sinks.begin(), sinks.end());
    logger->set_level(options.debug ? spdlog::level::debug : spdlog::level::info);
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e [%l] %v");
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(std::move(logger));
}

void Log::shutdown()
{
    spdlog::default_logger()->flush();
    spdlog::set_default_logger(std::make_shared<spdlog::logger>(
        "privacyregister", std::make_shared<spdlog::sinks::null_sink_mt>()));
    g_filePath.clear();
}

QString Log::filePath()
{
    return g_filePath;
}

QString Log::defaultDirectory()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return base.isEmpty() ? QString() : QDir(base).filePath(QStringLiteral("logs"));
}

} // namespace pr::core
