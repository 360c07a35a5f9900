#include "support/CliRunner.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using pr::cli::ExitCode;
using pr::test::runCli;

TEST_CASE("deadline prints every deadline with a fixed label", "[cli][deadline]")
{
    // Received Friday 27 November 2026: one month is Sunday 27 December, after Christmas
    // (25 and 26 December), so the legal deadline moves to Monday 28 December.
    const auto result = runCli(
        {QStringLiteral("deadline"), QStringLiteral("--received"), QStringLiteral("2026-11-27")});
    REQUIRE(result.code == ExitCode::Success);
    CHECK(result.out == QStringLiteral("received: 2026-11-27\n"
                                       "legal: 2026-12-28\n"
                                       "legal-extended: 2027-03-01\n"
                                       "promised: 2026-12-28\n"
                                       "extension-notice-by: 2026-12-28\n"
                                       "effective: 2026-12-28\n"));
}

TEST_CASE("deadline follows the promise and the extension", "[cli][deadline]")
{
    // Received Monday 2 November 2026: 28 days is Monday 30 November, earlier than the
    // legal 2 December; extended, the work is due by 2 February 2027 (a Tuesday).
    const auto shorter =
        runCli({QStringLiteral("deadline"), QStringLiteral("--received"),
                QStringLiteral("2026-11-02"), QStringLiteral("--promise"), QStringLiteral("28d")});
    CHECK(shorter.out.contains(QStringLiteral("promised: 2026-11-30\n")));
    CHECK(shorter.out.contains(QStringLiteral("effective: 2026-11-30\n")));

    const auto extended = runCli({QStringLiteral("deadline"), QStringLiteral("--received"),
                                  QStringLiteral("2026-11-02"), QStringLiteral("--extended")});
    CHECK(extended.out.contains(QStringLiteral("effective: 2027-02-02\n")));
}

TEST_CASE("deadline --json gives the same dates", "[cli][deadline]")
{
    const auto result = runCli({QStringLiteral("deadline"), QStringLiteral("--received"),
                                QStringLiteral("2026-11-27"), QStringLiteral("--json")});
    REQUIRE(result.code == ExitCode::Success);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("legal")).toString() == QStringLiteral("2026-12-28"));
    CHECK(json.value(QStringLiteral("promise")).toString() == QStringLiteral("4w"));
    CHECK(json.value(QStringLiteral("extended")).toBool() == false);
}

TEST_CASE("deadline refuses impossible dates and terms with exit 2", "[cli][deadline]")
{
    for (const QString& bad :
         {QStringLiteral("2026-02-30"), QStringLiteral("27-11-2026"), QStringLiteral("gisteren")}) {
        INFO(bad.toStdString());
        const auto result = runCli({QStringLiteral("deadline"), QStringLiteral("--received"), bad});
        CHECK(result.code == ExitCode::UsageError);
        CHECK(result.err.contains(QStringLiteral("YYYY-MM-DD")));
    }
    CHECK(runCli({QStringLiteral("deadline")}).code == ExitCode::UsageError);
    CHECK(runCli({QStringLiteral("deadline"), QStringLiteral("--received"),
                  QStringLiteral("2026-11-27"), QStringLiteral("--promise"), QStringLiteral("4x")})
              .code == ExitCode::UsageError);
}
