// The real binary, as cron or a shell script runs it: exit codes and streams.

#include "support/TestRegister.h"

#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
struct ProcessResult {
    int code;
    QByteArray out;
    QByteArray err;
};

ProcessResult
runBinary(const QStringList& arguments, const QByteArray& input = {},
          const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PR_CLI_BINARY), arguments);
    REQUIRE(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}
} // namespace

TEST_CASE("The binary's exit codes follow docs/cli.md", "[cli][process]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.prreg"));
    CHECK(runBinary({QStringLiteral("--help")}).code == 0);
    CHECK(runBinary({QStringLiteral("bogus")}).code == 2);

    const auto created =
        runBinary({QStringLiteral("--register"), path, QStringLiteral("--password-stdin"),
                   QStringLiteral("init"), QStringLiteral("--org-name"),
                   QStringLiteral("Proces B.V."), QStringLiteral("--kdf-memory"),
                   QStringLiteral("8192"), QStringLiteral("--kdf-iterations"), QStringLiteral("1")},
                  "process password\n");
    REQUIRE(created.code == 0);
    CHECK(runBinary({QStringLiteral("--register"), path, QStringLiteral("--password-stdin"),
                     QStringLiteral("verify")},
                    "process password\n")
              .code == 0);
    CHECK(runBinary({QStringLiteral("--register"), path, QStringLiteral("--password-stdin"),
                     QStringLiteral("verify")},
                    "wrong password\n")
              .code == 3);
    REQUIRE(pr::test::writeFile(path, "not a register at all"));
    CHECK(runBinary({QStringLiteral("--register"), path, QStringLiteral("--password-stdin"),
                     QStringLiteral("verify")},
                    "process password\n")
              .code == 4);
}

TEST_CASE("Without a terminal and without a password option, the CLI says how", "[cli][process]")
{
    QTemporaryDir dir;
    const auto result =
        runBinary({QStringLiteral("--register"), dir.filePath(QStringLiteral("x.prreg")),
                   QStringLiteral("verify")});
    CHECK(result.code == 2);
    CHECK(result.err.contains("--password-file"));
}

TEST_CASE("A verbose run logs to stderr and the log file, without the register's content",
          "[cli][process][privacy]")
{
    QTemporaryDir dir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    const QString path = dir.filePath(QStringLiteral("log.prreg"));
    const QString personal = QStringLiteral("Jansen-Privé Installaties");
    const auto args = [&](const QStringList& command) {
        return QStringList{QStringLiteral("--register"), path, QStringLiteral("--password-stdin"),
                           QStringLiteral("--verbose")} +
               command;
    };
    const auto created =
        runBinary(args({QStringLiteral("init"), QStringLiteral("--org-name"), personal,
                        QStringLiteral("--kdf-memory"), QStringLiteral("8192"),
                        QStringLiteral("--kdf-iterations"), QStringLiteral("1")}),
                  "log test password\n", environment);
    REQUIRE(created.code == 0);
    const auto info = runBinary(args({QStringLiteral("info")}), "log test password\n", environment);
    REQUIRE(info.code == 0);
    CHECK(info.err.contains("register opened"));

    const QByteArray log = pr::test::readFile(dir.filePath(
        QStringLiteral("data/Privacyregister/Privacyregister/logs/privacyregister.log")));
    CHECK(log.contains("register created"));
    CHECK(log.contains("register opened"));
    for (const QByteArray& text : {created.err, info.err, log}) {
        CHECK_FALSE(text.contains(personal.toUtf8()));
        CHECK_FALSE(text.contains("log test password"));
    }
}
