// `render`: the documents through the command-line tool. In-process (QCoreApplication, like
// every command but render in the real tool) for arguments, HTML, Markdown and errors; the
// real binary for PDFs, which need the QGuiApplication that main() makes for render only.

#include "support/CliDemoRegister.h"
#include "support/CliRunner.h"
#include "support/TestRegister.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <iostream>

using namespace Qt::StringLiterals;
using pr::cli::ExitCode;
using Demo = pr::test::CliDemoRegister;

namespace {

struct ProcessResult {
    int code;
    QString err;
};

ProcessResult
runBinary(const QStringList& arguments,
          const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PR_CLI_BINARY), arguments);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

QString pdfInfo(const QString& path, const QString& key)
{
    QProcess process;
    process.start(u"pdfinfo"_s, {path});
    REQUIRE(process.waitForFinished());
    REQUIRE(process.exitCode() == 0);
    for (const QString& line : QString::fromUtf8(process.readAllStandardOutput()).split(u'\n')) {
        if (line.startsWith(key + u':')) {
            return line.mid(key.size() + 1).trimmed();
        }
    }
    return {};
}

bool ownerOnly(const QString& path)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    return QFile::exists(path) && (QFile::permissions(path) & others) == 0;
}

} // namespace

TEST_CASE("render: bad arguments are usage errors, before any password is asked", "[cli][render]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"x.html"_s);
    // No register exists: a usage error must come first.
    const QStringList global{u"--register"_s, dir.filePath(u"none.prreg"_s)};
    for (const QStringList& arguments : {
             QStringList{u"render"_s, u"--out"_s, out},
             QStringList{u"render"_s, u"contract"_s, u"--out"_s, out},
             QStringList{u"render"_s, u"register"_s},
             QStringList{u"render"_s, u"register"_s, u"--format"_s, u"docx"_s, u"--out"_s, out},
             QStringList{u"render"_s, u"dpa"_s, u"--out"_s, out},
             QStringList{u"render"_s, u"dpa"_s, u"--client"_s, u"een"_s, u"--out"_s, out},
             QStringList{u"render"_s, u"register"_s, u"--client"_s, u"1"_s, u"--out"_s, out},
             QStringList{u"render"_s, u"dpa"_s, u"--client"_s, u"1"_s, u"--format"_s, u"md"_s,
                         u"--out"_s, out},
             QStringList{u"render"_s, u"register"_s, u"--language"_s, u"en"_s, u"--out"_s, out},
             QStringList{u"render"_s, u"dpa"_s, u"--client"_s, u"1"_s, u"--language"_s, u"fr"_s,
                         u"--out"_s, out},
             QStringList{u"render"_s, u"privacy-statement"_s, u"--audience"_s, u"klanten"_s,
                         u"--out"_s, out},
             QStringList{u"render"_s, u"register"_s, u"--audience"_s, u"staff"_s, u"--out"_s, out},
         }) {
        INFO(arguments.join(u' ').toStdString());
        const auto result = pr::test::runCli(global + arguments);
        CHECK(result.code == ExitCode::UsageError);
        CHECK(result.err.contains(u"Usage: privacyregister-cli render"_s));
    }
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("render: the privacy statement as HTML and Markdown, owner-only", "[cli][render]")
{
    const Demo demo;
    const QString html = demo.path(u"privacyverklaring.html"_s);
    const auto result =
        demo.run({u"render"_s, u"privacy-statement"_s, u"--format"_s, u"html"_s, u"--out"_s, html});
    INFO(result.err.toStdString());
    REQUIRE(result.code == ExitCode::Success);
    CHECK(result.out.contains(html));
    const QByteArray bytes = pr::test::readFile(html);
    CHECK(bytes.startsWith("<!DOCTYPE html>"));
    CHECK(bytes.contains("Voorbeeld IT-beheer B.V."));
    CHECK(ownerOnly(html));

    const QString md = demo.path(u"privacyverklaring.md"_s);
    REQUIRE(demo.run({u"render"_s, u"privacy-statement"_s, u"--format"_s, u"md"_s, u"--out"_s, md})
                .code == ExitCode::Success);
    CHECK(pr::test::readFile(md).startsWith("# Privacyverklaring"));
    CHECK(ownerOnly(md));

    const QString dpa = demo.path(u"dpa-en.html"_s);
    REQUIRE(demo.run({u"render"_s, u"dpa"_s, u"--client"_s, u"2"_s, u"--language"_s, u"en"_s,
                      u"--format"_s, u"html"_s, u"--out"_s, dpa})
                .code == ExitCode::Success);
    CHECK(pr::test::readFile(dpa).contains("Lindeboom Accountants B.V."));
    CHECK(pr::test::readFile(dpa).contains("<html lang=\"en\">"));
}

TEST_CASE("render: --audience chooses whose privacy statement, customers by default",
          "[cli][render]")
{
    const Demo demo;
    const auto render = [&](const QStringList& audience, const QString& name) {
        const QString path = demo.path(name);
        const auto result = demo.run(QStringList{u"render"_s, u"privacy-statement"_s, u"--format"_s,
                                                 u"md"_s, u"--out"_s, path} +
                                     audience);
        INFO(result.err.toStdString());
        REQUIRE(result.code == ExitCode::Success);
        return QString::fromUtf8(pr::test::readFile(path));
    };
    const QString byDefault = render({}, u"default.md"_s);
    const QString customers = render({u"--audience"_s, u"customers"_s}, u"customers.md"_s);
    const QString staff = render({u"--audience"_s, u"staff"_s}, u"staff.md"_s);
    CHECK(byDefault == customers);
    CHECK(customers.contains(u"Voor klanten en websitebezoekers"_s));
    CHECK(customers.contains(u"Klantadministratie"_s));
    CHECK_FALSE(customers.contains(u"Personeelsadministratie"_s));
    CHECK(staff.contains(u"Voor medewerkers"_s));
    CHECK(staff.contains(u"Personeelsadministratie"_s));
    CHECK_FALSE(staff.contains(u"Klantadministratie"_s));
    const QString applicants = render({u"--audience"_s, u"applicants"_s}, u"applicants.md"_s);
    CHECK(applicants.contains(u"Voor sollicitanten"_s));
}

TEST_CASE("render: a client that is not there, a broken template, an unwritable folder",
          "[cli][render]")
{
    const Demo demo;
    const QString out = demo.path(u"out.html"_s);
    REQUIRE(pr::test::writeFile(out, "the previous document"));

    const auto missing = demo.run(
        {u"render"_s, u"dpa"_s, u"--client"_s, u"99"_s, u"--format"_s, u"html"_s, u"--out"_s, out});
    CHECK(missing.code == ExitCode::Failed);
    CHECK(missing.err.contains(u"99"_s));

    const QString broken = demo.path(u"eigen.html"_s);
    REQUIRE(pr::test::writeFile(broken, "<h1>{{firm.name}}</h1>\n<p>{{#clients}}</p>\n"));
    const auto refused = demo.run({u"render"_s, u"register"_s, u"--format"_s, u"html"_s,
                                   u"--template"_s, broken, u"--out"_s, out});
    CHECK(refused.code == ExitCode::Failed);
    CHECK(refused.err.contains(broken + u", line 2, column 4"_s));
    // A failed render leaves the file that was there as it was.
    CHECK(pr::test::readFile(out) == "the previous document");

    const auto noTemplate = demo.run({u"render"_s, u"register"_s, u"--format"_s, u"html"_s,
                                      u"--template"_s, demo.path(u"nope.html"_s), u"--out"_s, out});
    CHECK(noTemplate.code == ExitCode::Failed);

    REQUIRE(pr::test::writeFile(broken, "<p>{{firm.name}} · {{document.date}}</p>"));
    const auto own = demo.run({u"render"_s, u"register"_s, u"--format"_s, u"html"_s,
                               u"--template"_s, broken, u"--out"_s, out});
    REQUIRE(own.code == ExitCode::Success);
    CHECK(pr::test::readFile(out) == "<p>Voorbeeld IT-beheer B.V. · 21 november 2026</p>");

    const QString nowhere = demo.path(u"no/such/folder/out.html"_s);
    const auto unwritable =
        demo.run({u"render"_s, u"register"_s, u"--format"_s, u"html"_s, u"--out"_s, nowhere});
    CHECK(unwritable.code == ExitCode::Failed);
    CHECK_FALSE(QFile::exists(nowhere));
}

TEST_CASE("render: the real tool makes PDFs on the offscreen platform", "[cli][render][process]")
{
    const Demo demo;
    // Without QT_QPA_PLATFORM: main() picks "offscreen" itself, so no display is needed.
    const QProcessEnvironment environment = demo.headlessEnvironment();

    const QString dpa = demo.path(u"verwerkersovereenkomst.pdf"_s);
    QElapsedTimer timer;
    timer.start();
    const auto rendered = runBinary(
        demo.global() + QStringList{u"render"_s, u"dpa"_s, u"--client"_s, u"1"_s, u"--out"_s, dpa},
        environment);
    const qint64 elapsed = timer.elapsed();
    INFO(rendered.err.toStdString());
    REQUIRE(rendered.code == 0);
    std::cout << "privacyregister-cli render dpa: " << elapsed << " ms (whole process)\n";
    CHECK(pdfInfo(dpa, u"Pages"_s).toInt() >= 5);
    CHECK(pdfInfo(dpa, u"Title"_s).startsWith(u"Verwerkersovereenkomst"_s));
    CHECK(ownerOnly(dpa));

    const QString reg = demo.path(u"verwerkingsregister.pdf"_s);
    REQUIRE(runBinary(demo.global() + QStringList{u"render"_s, u"register"_s, u"--out"_s, reg},
                      environment)
                .code == 0);
    CHECK(pdfInfo(reg, u"Title"_s).startsWith(u"Register van verwerkingsactiviteiten"_s));

    // The exit codes of docs/cli.md from the real binary.
    CHECK(
        runBinary(demo.global() + QStringList{u"render"_s, u"dpa"_s, u"--out"_s, dpa}, environment)
            .code == 2);
    CHECK(runBinary(demo.global() + QStringList{u"render"_s, u"dpa"_s, u"--client"_s, u"99"_s,
                                                u"--out"_s, demo.path(u"none.pdf"_s)},
                    environment)
              .code == 1);
    CHECK_FALSE(QFile::exists(demo.path(u"none.pdf"_s)));
}

TEST_CASE("only render starts Qt's GUI, on the platform the user chose", "[cli][render][process]")
{
    const Demo demo;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"no-such-platform"_s);
    environment.insert(u"XDG_DATA_HOME"_s, demo.path(u"data"_s));
    // Every other command stays on QtCore: the platform does not matter to it.
    CHECK(runBinary(demo.global() + QStringList{u"verify"_s}, environment).code == 0);
    CHECK(runBinary(demo.global() + QStringList{u"list"_s, u"clients"_s}, environment).code == 0);
    // render respects the user's choice instead of forcing "offscreen": with a platform that
    // does not exist, Qt refuses to start.
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PR_CLI_BINARY),
                  demo.global() + QStringList{u"render"_s, u"register"_s, u"--format"_s, u"html"_s,
                                              u"--out"_s, demo.path(u"r.html"_s)});
    REQUIRE(process.waitForFinished(60000));
    CHECK((process.exitStatus() == QProcess::CrashExit || process.exitCode() != 0));
    CHECK(QString::fromUtf8(process.readAllStandardError()).contains(u"no-such-platform"_s));
    CHECK_FALSE(QFile::exists(demo.path(u"r.html"_s)));
}
