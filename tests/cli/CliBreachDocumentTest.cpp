// render breach-notification and render breaches on the demo register, and the breach clocks of
// `due` to the minute and in Dutch time. HTML is made in-process (it needs no GUI).

#include "support/CliDemoRegister.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::cli::ExitCode;

namespace {

QString readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll()).simplified();
}

} // namespace

TEST_CASE("render breach-notification makes the document the breach's role allows", "[cli][breach]")
{
    const pr::test::CliDemoRegister demo;
    const QString ap = demo.path(u"ap.html"_s);
    const auto toAp = demo.run({u"render"_s, u"breach-notification"_s, u"--breach"_s, u"1"_s,
                                u"--to"_s, u"ap"_s, u"--format"_s, u"html"_s, u"--out"_s, ap});
    INFO(toAp.err.toStdString());
    REQUIRE(toAp.code == ExitCode::Success);
    CHECK(readAll(ap).contains(u"Melding datalek aan de Autoriteit Persoonsgegevens"_s));
    CHECK(readAll(ap).contains(u"M-2026-0417"_s));

    // Breach 3 is a client's: no AP notification and no letter to the people from the firm.
    for (const QString& to : {u"ap"_s, u"subjects"_s}) {
        const auto refused =
            demo.run({u"render"_s, u"breach-notification"_s, u"--breach"_s, u"3"_s, u"--to"_s, to,
                      u"--format"_s, u"html"_s, u"--out"_s, demo.path(u"no.html"_s)});
        CHECK(refused.code == ExitCode::Failed);
        CHECK(refused.err.contains(u"the client, as controller, decides"_s));
    }
    const QString client = demo.path(u"client.html"_s);
    const auto toClient = demo.run({u"render"_s, u"breach-notification"_s, u"--breach"_s, u"3"_s,
                                    u"--to"_s, u"client"_s, u"--client"_s, u"2"_s, u"--format"_s,
                                    u"html"_s, u"--out"_s, client});
    INFO(toClient.err.toStdString());
    REQUIRE(toClient.code == ExitCode::Success);
    CHECK(readAll(client).contains(u"Lindeboom Accountants B.V."_s));

    const QString subjects = demo.path(u"subjects.html"_s);
    CHECK(demo.run({u"render"_s, u"breach-notification"_s, u"--breach"_s, u"1"_s, u"--to"_s,
                    u"subjects"_s, u"--format"_s, u"html"_s, u"--out"_s, subjects})
              .code == ExitCode::Success);
    CHECK(readAll(subjects).contains(u"Wat is er gebeurd?"_s));
}

TEST_CASE("render breach-notification asks for what it needs", "[cli][breach]")
{
    const pr::test::CliDemoRegister demo;
    const QString out = demo.path(u"x.html"_s);
    const auto noTo = demo.run({u"render"_s, u"breach-notification"_s, u"--breach"_s, u"1"_s,
                                u"--format"_s, u"html"_s, u"--out"_s, out});
    CHECK(noTo.code == ExitCode::UsageError);
    CHECK(noTo.err.contains(u"--to"_s));
    const auto noBreach = demo.run({u"render"_s, u"breach-notification"_s, u"--to"_s, u"ap"_s,
                                    u"--format"_s, u"html"_s, u"--out"_s, out});
    CHECK(noBreach.code == ExitCode::UsageError);
    CHECK(noBreach.err.contains(u"--breach ID"_s));
    const auto stray = demo.run({u"render"_s, u"register"_s, u"--breach"_s, u"1"_s, u"--format"_s,
                                 u"html"_s, u"--out"_s, out});
    CHECK(stray.code == ExitCode::UsageError);
    const auto ownCode = demo.run(
        {u"render"_s, u"breach-notification-ap"_s, u"--format"_s, u"html"_s, u"--out"_s, out});
    CHECK(ownCode.code == ExitCode::UsageError);
}

TEST_CASE("render breaches writes the register of every breach", "[cli][breach]")
{
    const pr::test::CliDemoRegister demo;
    const QString out = demo.path(u"breaches.html"_s);
    const auto rendered =
        demo.run({u"render"_s, u"breaches"_s, u"--format"_s, u"html"_s, u"--out"_s, out});
    INFO(rendered.err.toStdString());
    REQUIRE(rendered.code == ExitCode::Success);
    const QString page = readAll(out);
    CHECK(page.contains(u"Register van datalekken"_s));
    CHECK(page.contains(u"DL-2026-01"_s));
    CHECK(page.contains(u"DL-2026-02"_s));
    CHECK(page.contains(u"DL-2026-03"_s));
}
