// What the tool does with inputs that are not what they claim to be: a FIFO or a device as the
// register, the import file or the password file; an endless password on stdin; an import with
// an enormous name, hidden characters or a key given twice. Each is refused with a message,
// at once, and leaves no lock behind.

#include "cli/ChangeFailure.h"
#include "storage/file/RegisterLock.h"
#include "support/CliRunner.h"
#include "support/TestRegister.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <sys/stat.h>

using pr::cli::ExitCode;
using pr::test::runCli;

namespace {
struct Inputs {
    QTemporaryDir dir;
    QString passwordFile = dir.filePath(QStringLiteral("password"));
    QString reg = dir.filePath(QStringLiteral("limits.prreg"));

    Inputs() { REQUIRE(pr::test::writeFile(passwordFile, "limits test password\n")); }

    pr::test::CliResult run(const QStringList& command, const QString& registerPath = {}) const
    {
        return runCli(QStringList{QStringLiteral("--register"),
                                  registerPath.isEmpty() ? reg : registerPath,
                                  QStringLiteral("--password-file"), passwordFile} +
                      command);
    }

    void init(bool demo) const
    {
        QStringList command{QStringLiteral("init"), QStringLiteral("--kdf-memory"),
                            QStringLiteral("8192"), QStringLiteral("--kdf-iterations"),
                            QStringLiteral("1")};
        command << (demo ? QStringList{QStringLiteral("--demo")}
                         : QStringList{QStringLiteral("--org-name"), QStringLiteral("Leeg B.V.")});
        REQUIRE(run(command).code == ExitCode::Success);
    }

    QString fifo(const char* name) const
    {
        const QString path = dir.filePath(QLatin1String(name));
        REQUIRE(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        return path;
    }

    // The demo register's export, changed by EDIT, written to a file; the register is then
    // replaced by an empty one to import into.
    QString editedExport(const std::function<void(QJsonObject&)>& edit) const
    {
        const QString demo = dir.filePath(QStringLiteral("demo.prreg"));
        QStringList command{QStringLiteral("init"), QStringLiteral("--kdf-memory"),
                            QStringLiteral("8192"), QStringLiteral("--kdf-iterations"),
                            QStringLiteral("1"),    QStringLiteral("--demo")};
        if (!QFileInfo::exists(demo)) {
            REQUIRE(run(command, demo).code == ExitCode::Success);
        }
        const QString exported = dir.filePath(QStringLiteral("export.json"));
        REQUIRE(run({QStringLiteral("export"), QStringLiteral("--out"), exported}, demo).code ==
                ExitCode::Success);
        QJsonObject document = QJsonDocument::fromJson(pr::test::readFile(exported)).object();
        edit(document);
        const QString edited = dir.filePath(QStringLiteral("edited.json"));
        REQUIRE(pr::test::writeFile(edited, QJsonDocument(document).toJson()));
        return edited;
    }
};

void renameFirstClient(QJsonObject& document, const QString& name)
{
    QJsonArray clients = document.value(QStringLiteral("clients")).toArray();
    QJsonObject client = clients.at(0).toObject();
    client.insert(QStringLiteral("legalName"), name);
    clients.replace(0, client);
    document.insert(QStringLiteral("clients"), clients);
}
} // namespace

TEST_CASE("A FIFO as the register is refused at once and leaves no lock", "[cli][limits]")
{
    Inputs in;
    const QString pipe = in.fifo("pipe.prreg");
    const auto result = in.run({QStringLiteral("info")}, pipe);
    CHECK(result.code == ExitCode::Failed);
    CHECK(result.err.contains(QStringLiteral("not an ordinary file")));
    CHECK_FALSE(QFileInfo::exists(pr::storage::RegisterLock::lockPathFor(pipe)));
}

TEST_CASE("A device as the register is refused", "[cli][limits]")
{
    Inputs in;
    const auto result = in.run({QStringLiteral("info")}, QStringLiteral("/dev/zero"));
    CHECK(result.code == ExitCode::Failed);
    CHECK(result.err.contains(QStringLiteral("not an ordinary file")));
}

TEST_CASE("A FIFO or a device as the password file is a usage error", "[cli][limits]")
{
    Inputs in;
    in.init(false);
    for (const QString& source : {in.fifo("pw"), QStringLiteral("/dev/zero")}) {
        const auto result =
            runCli({QStringLiteral("--register"), in.reg, QStringLiteral("--password-file"), source,
                    QStringLiteral("info")});
        CHECK(result.code == ExitCode::UsageError);
        CHECK(result.err.contains(QStringLiteral("not an ordinary file")));
    }
}

TEST_CASE("An endless first line on stdin is not read to its end", "[cli][limits]")
{
    Inputs in;
    in.init(false);
    const auto result = runCli({QStringLiteral("--register"), in.reg,
                                QStringLiteral("--password-stdin"), QStringLiteral("info")},
                               QByteArray(100'000, 'a'));
    CHECK(result.code == ExitCode::UsageError);
    CHECK(result.err.contains(QStringLiteral("longer than 4096 bytes")));
}

TEST_CASE("A FIFO or a device as the import file is refused", "[cli][limits][import]")
{
    Inputs in;
    in.init(false);
    for (const QString& source : {in.fifo("import.json"), QStringLiteral("/dev/zero")}) {
        const auto result = in.run({QStringLiteral("import"), source});
        CHECK(result.code == ExitCode::Failed);
        CHECK(result.err.contains(QStringLiteral("not an ordinary file")));
    }
    CHECK_FALSE(QFileInfo::exists(pr::storage::RegisterLock::lockPathFor(in.reg)));
}

TEST_CASE("An import with an enormous name imports nothing", "[cli][limits][import]")
{
    Inputs in;
    const QString edited = in.editedExport(
        [](QJsonObject& document) { renameFirstClient(document, QString(100'000, u'x')); });
    in.init(false);
    const auto result = in.run({QStringLiteral("import"), edited});
    CHECK(result.code == ExitCode::Failed);
    CHECK(result.err.contains(QStringLiteral("$.clients[0].legalName")));
    CHECK(result.err.contains(QStringLiteral("at most 500")));
    CHECK(result.err.contains(QStringLiteral("nothing was imported")));
}

TEST_CASE("An import with control, bidi or broken characters imports nothing",
          "[cli][limits][import]")
{
    // Written as JSON escapes, as a hostile file would: NUL, RIGHT-TO-LEFT OVERRIDE and the
    // first half of a surrogate pair without its second.
    for (const char* escape : {"\\u0000", "\\u202e", "\\ud800"}) {
        Inputs in;
        const QString edited = in.editedExport([](QJsonObject& document) {
            renameFirstClient(document, QStringLiteral("Klant HIDDEN B.V."));
        });
        QByteArray json = pr::test::readFile(edited);
        json.replace("HIDDEN", escape);
        REQUIRE(pr::test::writeFile(edited, json));
        in.init(false);
        const auto result = in.run({QStringLiteral("import"), edited});
        INFO(escape);
        INFO(result.err.toStdString());
        CHECK(result.code == ExitCode::Failed);
        CHECK(result.err.contains(QStringLiteral("$.clients[0].legalName")));
    }
}

TEST_CASE("An import with a key given twice imports nothing", "[cli][limits][import]")
{
    Inputs in;
    const QString edited = in.editedExport([](QJsonObject&) {});
    QByteArray json = pr::test::readFile(edited);
    const QByteArray key = "\"legalName\": ";
    const qsizetype at = json.indexOf(key);
    REQUIRE(at > 0);
    json.insert(at, "\"legalName\": \"Eerst B.V.\",\n        ");
    REQUIRE(pr::test::writeFile(edited, json));
    in.init(false);
    const auto result = in.run({QStringLiteral("import"), edited});
    CHECK(result.code == ExitCode::Failed);
    CHECK(result.err.contains(QStringLiteral("more than once")));
}

TEST_CASE("A change that could not be saved is called lost, not kept", "[cli][limits]")
{
    pr::usecases::ChangeResult result;
    result.status = pr::usecases::ChangeResult::Status::NotSaved;
    result.message = QStringLiteral("The register could not be saved to x: the disk is full.");
    const QString text = pr::cli::ChangeFailure::text(result);
    CHECK(text.contains(QStringLiteral("the disk is full")));
    CHECK(text.contains(QStringLiteral("lost")));
    CHECK_FALSE(text.contains(QStringLiteral("kept")));
}
