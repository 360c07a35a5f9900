// The register's content through the command-line tool: the demo register, list and show,
// export and import (round trip, all or nothing), and the audit trail with verify.

#include "storage/Register.h"
#include "support/CliRunner.h"
#include "support/TestRegister.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using pr::cli::ExitCode;
using pr::test::runCli;

namespace {
struct Registers {
    QTemporaryDir dir;
    QString passwordFile = dir.filePath(QStringLiteral("password"));

    Registers() { REQUIRE(pr::test::writeFile(passwordFile, "content test password\n")); }

    QString path(const char* name) const { return dir.filePath(QLatin1String(name)); }

    pr::test::CliResult run(const QString& reg, const QStringList& command) const
    {
        return runCli(QStringList{QStringLiteral("--register"), reg,
                                  QStringLiteral("--password-file"), passwordFile} +
                      command);
    }

    // A new register: the demo firm, or an empty one.
    QString create(const char* name, bool demo) const
    {
        const QString reg = path(name);
        QStringList command{QStringLiteral("init"), QStringLiteral("--kdf-memory"),
                            QStringLiteral("8192"), QStringLiteral("--kdf-iterations"),
                            QStringLiteral("1")};
        command << (demo ? QStringList{QStringLiteral("--demo")}
                         : QStringList{QStringLiteral("--org-name"), QStringLiteral("Leeg B.V.")});
        const auto result = run(reg, command);
        INFO(result.err.toStdString());
        REQUIRE(result.code == ExitCode::Success);
        return reg;
    }
};

int count(const QString& listOutput)
{
    return static_cast<int>(listOutput.count(QLatin1Char('\n')));
}
} // namespace

TEST_CASE("init --demo creates the demo firm with all its parts", "[cli][content]")
{
    Registers r;
    const QString demo = r.create("demo.prreg", true);
    CHECK(count(r.run(demo, {QStringLiteral("list"), QStringLiteral("activities")}).out) >= 15);
    CHECK(count(r.run(demo, {QStringLiteral("list"), QStringLiteral("measures")}).out) >= 30);
    CHECK(count(r.run(demo, {QStringLiteral("list"), QStringLiteral("sub-processors")}).out) >= 5);
    CHECK(count(r.run(demo, {QStringLiteral("list"), QStringLiteral("clients")}).out) >= 4);
    CHECK(count(r.run(demo, {QStringLiteral("list"), QStringLiteral("requests")}).out) >= 12);
    CHECK(count(r.run(demo, {QStringLiteral("list"), QStringLiteral("breaches")}).out) >= 3);
    CHECK(r.run(demo, {QStringLiteral("verify")}).code == ExitCode::Success);
}

TEST_CASE("list --json and show give the records in their JSON form", "[cli][content]")
{
    Registers r;
    const QString demo = r.create("demo.prreg", true);
    const auto listed =
        r.run(demo, {QStringLiteral("list"), QStringLiteral("clients"), QStringLiteral("--json")});
    REQUIRE(listed.code == ExitCode::Success);
    const QJsonArray clients = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(clients.size() >= 4);
    const QJsonObject first = clients.first().toObject();
    const QString id = QString::number(first.value(QStringLiteral("id")).toInteger());

    const auto shown = r.run(demo, {QStringLiteral("show"), QStringLiteral("clients"), id});
    REQUIRE(shown.code == ExitCode::Success);
    CHECK(shown.out.contains(QStringLiteral("legalName: ") +
                             first.value(QStringLiteral("legalName")).toString()));

    CHECK(r.run(demo, {QStringLiteral("show"), QStringLiteral("clients"), QStringLiteral("999")})
              .code == ExitCode::Failed);
    CHECK(r.run(demo, {QStringLiteral("list"), QStringLiteral("nonsense")}).code ==
          ExitCode::UsageError);
}

TEST_CASE("Export, import into an empty register and export again give identical JSON",
          "[cli][content][roundtrip]")
{
    Registers r;
    const QString demo = r.create("demo.prreg", true);
    const QString first = r.path("first.json");
    REQUIRE(r.run(demo, {QStringLiteral("export"), QStringLiteral("--out"), first}).code ==
            ExitCode::Success);

    const QString copy = r.create("copy.prreg", false);
    const auto imported = r.run(copy, {QStringLiteral("import"), first});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == ExitCode::Success);
    const QString second = r.path("second.json");
    REQUIRE(r.run(copy, {QStringLiteral("export"), QStringLiteral("--out"), second}).code ==
            ExitCode::Success);

    const QByteArray a = pr::test::readFile(first);
    const QByteArray b = pr::test::readFile(second);
    CHECK(a.size() > 10000);
    CHECK(a == b);
    CHECK(r.run(copy, {QStringLiteral("verify")}).code == ExitCode::Success);
    // The export names the audit trail of the demo import.
    CHECK(QJsonDocument::fromJson(a).object().value(QStringLiteral("audit")).toArray().size() > 50);
}

TEST_CASE("An import with a bad record imports nothing and names every problem",
          "[cli][content][import]")
{
    Registers r;
    const QString demo = r.create("demo.prreg", true);
    const QString exported = r.path("export.json");
    REQUIRE(r.run(demo, {QStringLiteral("export"), QStringLiteral("--out"), exported}).code ==
            ExitCode::Success);
    QJsonObject document = QJsonDocument::fromJson(pr::test::readFile(exported)).object();
    QJsonArray clients = document.value(QStringLiteral("clients")).toArray();
    QJsonObject client = clients.at(1).toObject();
    client.insert(QStringLiteral("kvkNumber"), QStringLiteral("12"));
    client.insert(QStringLiteral("favouriteColour"), QStringLiteral("blauw"));
    clients.replace(1, client);
    document.insert(QStringLiteral("clients"), clients);
    const QString bad = r.path("bad.json");
    REQUIRE(pr::test::writeFile(bad, QJsonDocument(document).toJson()));

    const QString target = r.create("target.prreg", false);
    const QByteArray before = pr::test::readFile(target);
    const auto result = r.run(target, {QStringLiteral("import"), bad});
    CHECK(result.code == ExitCode::Failed);
    CHECK(result.err.contains(QStringLiteral("$.clients[1].kvkNumber")));
    CHECK(result.err.contains(QStringLiteral("$.clients[1].favouriteColour")));
    CHECK(result.err.contains(QStringLiteral("nothing was imported")));
    CHECK(pr::test::readFile(target) == before);
    CHECK(count(r.run(target, {QStringLiteral("list"), QStringLiteral("clients")}).out) == 0);
}

TEST_CASE("Import refuses a register that already holds records", "[cli][content][import]")
{
    Registers r;
    const QString demo = r.create("demo.prreg", true);
    const QString exported = r.path("export.json");
    REQUIRE(r.run(demo, {QStringLiteral("export"), QStringLiteral("--out"), exported}).code ==
            ExitCode::Success);
    const auto again = r.run(demo, {QStringLiteral("import"), exported});
    CHECK(again.code == ExitCode::Failed);
    CHECK(again.err.contains(QStringLiteral("empty register")));
}

TEST_CASE("audit shows the trail and verify finds an entry edited behind the program's back",
          "[cli][content][audit]")
{
    Registers r;
    const QString demo = r.create("demo.prreg", true);
    const auto trail = r.run(demo, {QStringLiteral("audit")});
    REQUIRE(trail.code == ExitCode::Success);
    CHECK(trail.out.contains(QStringLiteral(" insert client ")));
    const auto one =
        r.run(demo, {QStringLiteral("audit"), QStringLiteral("--entity"), QStringLiteral("clients"),
                     QStringLiteral("--id"), QStringLiteral("1")});
    CHECK(count(one.out) >= 2);
    CHECK_FALSE(one.out.contains(QStringLiteral(" activity ")));

    {
        // With the password, outside the program: change what an entry says it changed.
        auto reg = pr::storage::Register::open(
            demo, pr::crypto::asBytes(std::string_view("content test password")),
            pr::storage::OpenMode::ReadWrite);
        reg->write([](pr::storage::SqliteDatabase& db) {
            QStringList triggers;
            auto names = db.prepare(u"SELECT name FROM sqlite_schema WHERE type = 'trigger'");
            while (names.step()) {
                triggers << names.text(0);
            }
            for (const QString& trigger : triggers) {
                db.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(trigger));
            }
            db.exec(u"UPDATE audit_change SET new_value = 'iemand anders' "
                    u"WHERE entry_id = (SELECT min(entry_id) FROM audit_change)");
        });
    }
    const auto verified = r.run(demo, {QStringLiteral("verify")});
    CHECK(verified.code == ExitCode::DamagedFile);
    CHECK(verified.err.contains(QStringLiteral("audit trail is broken")));
}
