#include "storage/Register.h"
#include "support/CliRunner.h"
#include "support/TestRegister.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using pr::cli::ExitCode;
using pr::test::runCli;

namespace {
// A register made through the CLI with a cheap KDF, and the password in a file.
struct CliFixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("cli.prreg"));
    QString passwordFile = dir.filePath(QStringLiteral("password"));

    CliFixture() { REQUIRE(pr::test::writeFile(passwordFile, "cli test password\n")); }

    QStringList base() const
    {
        return {QStringLiteral("--register"), path, QStringLiteral("--password-file"),
                passwordFile};
    }

    pr::test::CliResult init(const QString& name = QStringLiteral("Klant & Co B.V."))
    {
        return runCli(base() +
                      QStringList{QStringLiteral("init"), QStringLiteral("--org-name"), name,
                                  QStringLiteral("--kdf-memory"), QStringLiteral("8192"),
                                  QStringLiteral("--kdf-iterations"), QStringLiteral("1")});
    }

    pr::test::CliResult run(const QStringList& command) const { return runCli(base() + command); }
};
} // namespace

TEST_CASE("init creates a register that verify and info accept", "[cli][register]")
{
    CliFixture f;
    const auto created = f.init();
    REQUIRE(created.code == ExitCode::Success);
    CHECK(QFile::exists(f.path));

    const auto verified = f.run({QStringLiteral("verify")});
    CHECK(verified.code == ExitCode::Success);
    CHECK(verified.out.contains(QStringLiteral("intact")));

    const auto info = f.run({QStringLiteral("info")});
    CHECK(info.code == ExitCode::Success);
    CHECK(info.out.contains(QStringLiteral("Argon2id, 8.0 MiB, 1 iterations")));
    CHECK(info.out.contains(QStringLiteral("organisation")));
    // info shows the shape of the register, never its content.
    CHECK_FALSE(info.out.contains(QStringLiteral("Klant")));
}

TEST_CASE("info --json gives the same facts as JSON", "[cli][register]")
{
    CliFixture f;
    REQUIRE(f.init().code == ExitCode::Success);
    const auto info = f.run({QStringLiteral("info"), QStringLiteral("--json")});
    REQUIRE(info.code == ExitCode::Success);
    const QJsonObject json = QJsonDocument::fromJson(info.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("formatVersion")).toInt() == 1);
    CHECK(json.value(QStringLiteral("kdf")).toObject().value(QStringLiteral("memoryKiB")).toInt() ==
          8192);
    CHECK(json.value(QStringLiteral("rows"))
              .toObject()
              .value(QStringLiteral("organisation"))
              .toInt() == 1);
}

TEST_CASE("init refuses to overwrite and needs an organisation name", "[cli][register]")
{
    CliFixture f;
    REQUIRE(f.init().code == ExitCode::Success);
    const QByteArray before = pr::test::readFile(f.path);
    const auto again = f.init();
    CHECK(again.code == ExitCode::Failed);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(pr::test::readFile(f.path) == before);

    CliFixture g;
    CHECK(g.run({QStringLiteral("init")}).code == ExitCode::UsageError);
}

TEST_CASE("init refuses a short password and absurd key derivation costs", "[cli][register]")
{
    CliFixture f;
    REQUIRE(pr::test::writeFile(f.passwordFile, "short\n"));
    const auto shortPassword = f.init();
    CHECK(shortPassword.code == ExitCode::UsageError);
    CHECK(shortPassword.err.contains(QStringLiteral("at least 8")));

    CliFixture g;
    const auto absurd =
        g.run({QStringLiteral("init"), QStringLiteral("--org-name"), QStringLiteral("X"),
               QStringLiteral("--kdf-iterations"), QStringLiteral("100000")});
    CHECK(absurd.code == ExitCode::UsageError);
    CHECK_FALSE(QFile::exists(g.path));
}

TEST_CASE("A wrong password exits 3, a damaged file 4, a missing file 1", "[cli][register]")
{
    CliFixture f;
    REQUIRE(f.init().code == ExitCode::Success);

    REQUIRE(pr::test::writeFile(f.passwordFile, "not the password\n"));
    const auto wrong = f.run({QStringLiteral("verify")});
    CHECK(wrong.code == ExitCode::WrongPassword);
    CHECK(wrong.err.contains(QStringLiteral("password is not correct")));

    REQUIRE(pr::test::writeFile(f.passwordFile, "cli test password\n"));
    QByteArray bytes = pr::test::readFile(f.path);
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x10);
    REQUIRE(pr::test::writeFile(f.path, bytes));
    const auto damaged = f.run({QStringLiteral("verify")});
    CHECK(damaged.code == ExitCode::DamagedFile);
    CHECK(damaged.err.contains(QStringLiteral("damaged")));

    REQUIRE(pr::test::writeFile(f.path, bytes.left(100)));
    CHECK(f.run({QStringLiteral("verify")}).code == ExitCode::DamagedFile);

    QFile::remove(f.path);
    CHECK(f.run({QStringLiteral("info")}).code == ExitCode::Failed);
}

TEST_CASE("The password can come from stdin", "[cli][register]")
{
    CliFixture f;
    REQUIRE(f.init().code == ExitCode::Success);
    const auto result = runCli({QStringLiteral("--register"), f.path, QStringLiteral("verify"),
                                QStringLiteral("--password-stdin")},
                               "cli test password\n");
    CHECK(result.code == ExitCode::Success);
}

TEST_CASE("change-password: the new password opens it, the old no longer does", "[cli][register]")
{
    CliFixture f;
    REQUIRE(f.init().code == ExitCode::Success);
    const QString newFile = f.dir.filePath(QStringLiteral("new"));
    REQUIRE(pr::test::writeFile(newFile, "the new cli password\n"));

    const auto changed =
        f.run({QStringLiteral("change-password"), QStringLiteral("--new-password-file"), newFile,
               QStringLiteral("--kdf-memory"), QStringLiteral("16384")});
    REQUIRE(changed.code == ExitCode::Success);
    CHECK(changed.out.contains(QStringLiteral("re-encrypted")));
    const auto info = runCli({QStringLiteral("--register"), f.path,
                              QStringLiteral("--password-file"), newFile, QStringLiteral("info")});
    CHECK(info.out.contains(QStringLiteral("Argon2id, 16.0 MiB, 1 iterations")));

    CHECK(f.run({QStringLiteral("verify")}).code == ExitCode::WrongPassword);
    const auto withNew =
        runCli({QStringLiteral("--register"), f.path, QStringLiteral("--password-file"), newFile,
                QStringLiteral("verify")});
    CHECK(withNew.code == ExitCode::Success);

    CHECK(f.run({QStringLiteral("change-password")}).code == ExitCode::UsageError);
}

TEST_CASE("A register in use elsewhere: writing exits 1, reading still works", "[cli][register]")
{
    CliFixture f;
    REQUIRE(f.init().code == ExitCode::Success);
    const auto holder = pr::storage::Register::open(
        f.path, pr::crypto::asBytes(std::string_view("cli test password")),
        pr::storage::OpenMode::ReadWrite);

    const QString newFile = f.dir.filePath(QStringLiteral("new"));
    REQUIRE(pr::test::writeFile(newFile, "the new cli password\n"));
    const auto blocked =
        f.run({QStringLiteral("change-password"), QStringLiteral("--new-password-file"), newFile});
    CHECK(blocked.code == ExitCode::Failed);
    CHECK(blocked.err.contains(QStringLiteral("already open")));
    CHECK(f.run({QStringLiteral("info")}).code == ExitCode::Success);
}
