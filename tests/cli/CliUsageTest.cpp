#include "support/CliRunner.h"

#include <catch2/catch.hpp>

using pr::cli::ExitCode;
using pr::test::runCli;

TEST_CASE("The --help option lists every command and exits 0", "[cli][usage]")
{
    const auto result = runCli({QStringLiteral("--help")});
    CHECK(result.code == ExitCode::Success);
    for (const char* command : {"init", "info", "verify", "change-password"}) {
        CHECK(result.out.contains(QLatin1String(command)));
    }
    CHECK(result.err.isEmpty());
}

TEST_CASE("No command at all prints the usage on stderr and exits 2", "[cli][usage]")
{
    const auto result = runCli({});
    CHECK(result.code == ExitCode::UsageError);
    CHECK(result.err.contains(QStringLiteral("Usage:")));
}

TEST_CASE("Every command has its own --help", "[cli][usage]")
{
    for (const char* command : {"init", "info", "verify", "change-password"}) {
        INFO(command);
        const auto result = runCli({QLatin1String(command), QStringLiteral("--help")});
        CHECK(result.code == ExitCode::Success);
        CHECK(result.out.contains(
            QStringLiteral("privacyregister-cli %1").arg(QLatin1String(command))));
        CHECK(result.out.contains(QStringLiteral("--register")));
    }
}

TEST_CASE("An unknown command is one line of error plus the usage, exit 2", "[cli][usage]")
{
    const auto result = runCli({QStringLiteral("frobnicate")});
    CHECK(result.code == ExitCode::UsageError);
    CHECK(result.err.startsWith(
        QStringLiteral("privacyregister-cli: unknown command 'frobnicate'\n\nUsage:")));
}

TEST_CASE("An unknown option of a command is a usage error, exit 2", "[cli][usage]")
{
    const auto result = runCli({QStringLiteral("info"), QStringLiteral("--colour")});
    CHECK(result.code == ExitCode::UsageError);
    CHECK(result.err.contains(QStringLiteral("colour")));
    CHECK(result.err.contains(QStringLiteral("privacyregister-cli info")));
}

TEST_CASE("A command without a register to work on is a usage error", "[cli][usage]")
{
    qunsetenv("PRIVACYREGISTER_REGISTER");
    const auto result =
        runCli({QStringLiteral("info"), QStringLiteral("--password-stdin")}, "irrelevant\n");
    CHECK(result.code == ExitCode::UsageError);
    CHECK(result.err.contains(QStringLiteral("--register")));
}

TEST_CASE("The --version option prints the version", "[cli][usage]")
{
    const auto result = runCli({QStringLiteral("--version")});
    CHECK(result.code == ExitCode::Success);
    CHECK(result.out.startsWith(QStringLiteral("privacyregister-cli ")));
}
