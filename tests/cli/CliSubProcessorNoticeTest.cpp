// subprocessor-notice and render subprocessor-notice on the demo register: the clients a
// sub-processor touches, the notice as a PDF with that client's objection period, recording
// that it was sent and the client's objection, each through the use case.

#include "support/CliDemoRegister.h"

#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::cli::ExitCode;

namespace {

// Skywatch Monitoring Inc. serves "Bewaking van systemen": in the agreements of clients 1, 2
// (30 days' notice) and 4 (14 days), not in client 3's.
const QString kSkywatch = u"4"_s;

QString pdfText(const QString& path)
{
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {path, u"-"_s});
    REQUIRE(pdftotext.waitForFinished());
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
}

} // namespace

TEST_CASE("subprocessor-notice lists the clients a sub-processor touches",
          "[cli][subprocessor-notice]")
{
    const pr::test::CliDemoRegister demo;
    const auto listed =
        demo.run({u"subprocessor-notice"_s, u"clients"_s, u"--sub-processor"_s, kSkywatch});
    INFO(listed.err.toStdString());
    REQUIRE(listed.code == ExitCode::Success);
    const QStringList lines = listed.out.trimmed().split(u'\n');
    REQUIRE(lines.size() == 3);
    CHECK(lines.filter(u"Trapkracht Webwinkel B.V."_s).constFirst().startsWith(u"4\t4\t14\t"_s));
    CHECK(listed.out.contains(u"Tandartspraktijk Zonnehoek B.V."_s));
    CHECK_FALSE(listed.out.contains(u"Buurtwerk"_s));
}

TEST_CASE("render subprocessor-notice writes the notice with the client's objection period",
          "[cli][subprocessor-notice]")
{
    const pr::test::CliDemoRegister demo;
    // In-process (HTML needs no GUI), on the CLI tests' day, 21 November 2026: 14 days.
    const QString html = demo.path(u"kennisgeving.html"_s);
    const auto rendered =
        demo.run({u"render"_s, u"subprocessor-notice"_s, u"--sub-processor"_s, kSkywatch,
                  u"--client"_s, u"4"_s, u"--format"_s, u"html"_s, u"--out"_s, html});
    INFO(rendered.err.toStdString());
    REQUIRE(rendered.code == ExitCode::Success);
    QFile file(html);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(file.readAll()).simplified();
    CHECK(page.contains(u"Skywatch Monitoring Inc."_s));
    CHECK(page.contains(u"tot en met <b>5 december 2026</b> bezwaar maken"_s));

    // The real tool as PDF, on today's date: the period is the agreement's.
    const QString out = demo.path(u"kennisgeving.pdf"_s);
    QProcess tool;
    tool.setProcessEnvironment(demo.headlessEnvironment());
    tool.start(QStringLiteral(PR_CLI_BINARY),
               demo.global() + QStringList{u"render"_s, u"subprocessor-notice"_s,
                                           u"--sub-processor"_s, kSkywatch, u"--client"_s, u"4"_s,
                                           u"--out"_s, out});
    REQUIRE(tool.waitForFinished(120000));
    INFO(QString::fromUtf8(tool.readAllStandardError()).toStdString());
    REQUIRE(tool.exitCode() == 0);
    CHECK(pdfText(out).contains(u"termijn van 14 dagen"_s));

    const auto untouched = demo.run({u"render"_s, u"subprocessor-notice"_s, u"--sub-processor"_s,
                                     kSkywatch, u"--client"_s, u"3"_s, u"--out"_s, out});
    CHECK(untouched.code == ExitCode::Failed);
    const auto noClient = demo.run(
        {u"render"_s, u"subprocessor-notice"_s, u"--sub-processor"_s, kSkywatch, u"--out"_s, out});
    CHECK(noClient.code == ExitCode::UsageError);
}

TEST_CASE("subprocessor-notice records the notice as sent and the client's objection",
          "[cli][subprocessor-notice]")
{
    const pr::test::CliDemoRegister demo;
    const auto sent = demo.run({u"subprocessor-notice"_s, u"sent"_s, u"--sub-processor"_s,
                                kSkywatch, u"--client"_s, u"4"_s, u"--date"_s, u"2026-11-20"_s});
    INFO(sent.err.toStdString());
    REQUIRE(sent.code == ExitCode::Success);
    CHECK(sent.out.contains(u"2026-12-04"_s));

    auto listed = demo.run({u"subprocessor-notice"_s, u"list"_s, u"--client"_s, u"4"_s});
    REQUIRE(listed.code == ExitCode::Success);
    CHECK(listed.out.startsWith(u"1\trunning\t2026-11-20\t2026-12-04\t4\t4\t-"_s));

    const auto withoutGrounds = demo.run({u"subprocessor-notice"_s, u"objection"_s, u"1"_s});
    CHECK(withoutGrounds.code == ExitCode::UsageError);
    CHECK(withoutGrounds.err.contains(u"objectionText"_s));

    const auto objected =
        demo.run({u"subprocessor-notice"_s, u"objection"_s, u"1"_s, u"--text"_s,
                  u"Geen doorgifte naar de VS"_s, u"--outcome"_s, u"not-engaged"_s});
    INFO(objected.err.toStdString());
    REQUIRE(objected.code == ExitCode::Success);
    listed = demo.run({u"subprocessor-notice"_s, u"list"_s});
    CHECK(listed.out.startsWith(u"1\tsettled\t2026-11-20\t2026-12-04\t4\t4\tnot-engaged"_s));

    const auto untouched = demo.run({u"subprocessor-notice"_s, u"sent"_s, u"--sub-processor"_s,
                                     kSkywatch, u"--client"_s, u"3"_s});
    CHECK(untouched.code == ExitCode::UsageError);
}
