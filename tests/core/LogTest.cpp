#include "core/logging/Log.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using pr::core::Log;

namespace {
QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}
} // namespace

TEST_CASE("Log writes to a rotating file in the folder it is given", "[log]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Log::initialise({dir.filePath(QStringLiteral("logs")), false, false});
    REQUIRE(Log::filePath().startsWith(dir.path()));

    spdlog::info("register opened in {} ms", 42);
    spdlog::debug("not written at info level");
    const QString path = Log::filePath();
    Log::shutdown();

    const QByteArray content = readAll(path);
    CHECK(content.contains("register opened in 42 ms"));
    CHECK(content.contains("[info]"));
    CHECK_FALSE(content.contains("not written"));
    CHECK(Log::filePath().isEmpty());
}

TEST_CASE("Log formats QString arguments as UTF-8", "[log]")
{
    QTemporaryDir dir;
    Log::initialise({dir.path(), false, true});
    spdlog::debug("folder {}", QStringLiteral("Bestanden/Privé"));
    const QString path = Log::filePath();
    Log::shutdown();
    CHECK(readAll(path).contains("folder Bestanden/Priv\xc3\xa9"));
}

TEST_CASE("An unwritable log folder does not stop the program", "[log]")
{
    Log::initialise({QStringLiteral("/proc/privacyregister-cannot-exist"), false, false});
    CHECK(Log::filePath().isEmpty());
    spdlog::info("goes nowhere, and does not throw");
    Log::shutdown();
}
