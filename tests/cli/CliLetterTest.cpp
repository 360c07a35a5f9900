// `render letter`: the letters about a data-subject request through the command-line tool.
// In-process for arguments, HTML and errors; the real binary for one PDF, which needs the
// QGuiApplication that main() makes for render only. Demo requests and activities:
// resources/demo/demo-register.json.

#include "support/CliDemoRegister.h"
#include "support/CliRunner.h"
#include "support/TestRegister.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::cli::ExitCode;
using Demo = pr::test::CliDemoRegister;

namespace {

QStringList letter(const QString& kind, const QString& request, const QString& out)
{
    return {u"render"_s, u"letter"_s,   u"--letter"_s, kind,       u"--request"_s,
            request,     u"--format"_s, u"html"_s,     u"--out"_s, out};
}

} // namespace

TEST_CASE("render letter: bad arguments are usage errors, before any password is asked",
          "[cli][render][letter]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"x.html"_s);
    const QStringList global{u"--register"_s, dir.filePath(u"none.prreg"_s)};
    for (const QStringList& arguments : {
             QStringList{u"render"_s, u"letter"_s, u"--request"_s, u"6"_s, u"--out"_s, out},
             QStringList{u"render"_s, u"letter"_s, u"--letter"_s, u"thanks"_s, u"--request"_s,
                         u"6"_s, u"--out"_s, out},
             QStringList{u"render"_s, u"letter"_s, u"--letter"_s, u"acknowledgement"_s, u"--out"_s,
                         out},
             QStringList{u"render"_s, u"letter"_s, u"--letter"_s, u"acknowledgement"_s,
                         u"--request"_s, u"zes"_s, u"--out"_s, out},
             QStringList{u"render"_s, u"letter"_s, u"--letter"_s, u"access"_s, u"--request"_s,
                         u"10"_s, u"--out"_s, out},
             QStringList{u"render"_s, u"letter"_s, u"--letter"_s, u"access"_s, u"--request"_s,
                         u"10"_s, u"--activities"_s, u"11,x"_s, u"--out"_s, out},
             QStringList{u"render"_s, u"letter"_s, u"--letter"_s, u"refusal"_s, u"--request"_s,
                         u"3"_s, u"--activities"_s, u"11"_s, u"--out"_s, out},
             QStringList{u"render"_s, u"letter"_s, u"--letter"_s, u"access"_s, u"--request"_s,
                         u"10"_s, u"--activities"_s, u"11"_s, u"--format"_s, u"md"_s, u"--out"_s,
                         out},
             QStringList{u"render"_s, u"letter-access"_s, u"--request"_s, u"10"_s, u"--out"_s, out},
             QStringList{u"render"_s, u"register"_s, u"--request"_s, u"10"_s, u"--out"_s, out},
             QStringList{u"render"_s, u"letter"_s, u"--letter"_s, u"acknowledgement"_s,
                         u"--request"_s, u"6"_s, u"--client"_s, u"1"_s, u"--out"_s, out},
         }) {
        INFO(arguments.join(u' ').toStdString());
        const auto result = pr::test::runCli(global + arguments);
        CHECK(result.code == ExitCode::UsageError);
        CHECK(result.err.contains(u"Usage: privacyregister-cli render"_s));
    }
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("render letter: the acknowledgement and the access answer as HTML",
          "[cli][render][letter]")
{
    const Demo demo;
    const QString ack = demo.path(u"ontvangst.html"_s);
    const auto written = demo.run(letter(u"acknowledgement"_s, u"6"_s, ack));
    INFO(written.err.toStdString());
    REQUIRE(written.code == ExitCode::Success);
    CHECK(written.out.contains(ack));
    const QByteArray acknowledgement = pr::test::readFile(ack);
    CHECK(acknowledgement.startsWith("<!DOCTYPE html>"));
    CHECK(acknowledgement.contains("C. Hoekstra"));
    CHECK(acknowledgement.contains("VZ-2026-06"));
    // Received 13 October 2026: one month is Friday 13 November.
    CHECK(acknowledgement.contains("uiterlijk op 13 november 2026"));

    const QString access = demo.path(u"inzage.html"_s);
    QStringList arguments = letter(u"access"_s, u"10"_s, access);
    arguments << u"--activities"_s << u"14,11"_s;
    REQUIRE(demo.run(arguments).code == ExitCode::Success);
    const QString answer = QString::fromUtf8(pr::test::readFile(access));
    CHECK(answer.contains(u"<h3>Nieuwsbrief</h3>"_s));
    CHECK(answer.contains(u"<h3>Klantadministratie</h3>"_s));
    CHECK(answer.indexOf(u"Nieuwsbrief"_s) < answer.indexOf(u"Klantadministratie"_s));
    CHECK_FALSE(answer.contains(u"Facturatie en boekhouding"_s));
}

TEST_CASE("render letter: a letter that does not fit the request, a request that is not there",
          "[cli][render][letter]")
{
    const Demo demo;
    const QString out = demo.path(u"brief.html"_s);
    const auto notExtended = demo.run(letter(u"extension"_s, u"6"_s, out));
    CHECK(notExtended.code == ExitCode::Failed);
    CHECK(notExtended.err.contains(u"VZ-2026-06 has not been extended"_s));

    const auto notErasure = demo.run(letter(u"erasure"_s, u"10"_s, out));
    CHECK(notErasure.code == ExitCode::Failed);
    CHECK(notErasure.err.contains(u"not a request for erasure"_s));

    QStringList processor = letter(u"access"_s, u"10"_s, out);
    processor << u"--activities"_s << u"1"_s;
    const auto forClients = demo.run(processor);
    CHECK(forClients.code == ExitCode::Failed);
    CHECK(forClients.err.contains(u"Beheer op afstand"_s));

    const auto missing = demo.run(letter(u"acknowledgement"_s, u"99"_s, out));
    CHECK(missing.code == ExitCode::Failed);
    CHECK(missing.err.contains(u"99"_s));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("render letter: the real tool makes the refusal as PDF", "[cli][render][letter][process]")
{
    const Demo demo;
    const QProcessEnvironment environment = demo.headlessEnvironment();

    const QString pdf = demo.path(u"weigering.pdf"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PR_CLI_BINARY),
                  demo.global() + QStringList{u"render"_s, u"letter"_s, u"--letter"_s, u"refusal"_s,
                                              u"--request"_s, u"3"_s, u"--out"_s, pdf});
    REQUIRE(process.waitForFinished(120000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);

    QProcess text;
    text.start(u"pdftotext"_s, {pdf, u"-"_s});
    REQUIRE(text.waitForFinished());
    const QString body = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    CHECK(body.contains(u"N. Dijkman"_s));
    CHECK(body.contains(u"Autoriteit Persoonsgegevens"_s));
    CHECK(body.contains(u"binnen zes weken"_s));
}
