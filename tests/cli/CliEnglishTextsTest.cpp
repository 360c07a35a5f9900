// english-texts on the demo register: listing the texts the English DPA shows with their
// English versions, recording and removing one, and render dpa --language en warning about the
// texts it shows in Dutch.

#include "support/CliDemoRegister.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::cli::ExitCode;

TEST_CASE("english-texts lists every text with its English and where that comes from",
          "[cli][english]")
{
    const pr::test::CliDemoRegister demo;
    const auto listed = demo.run({u"english-texts"_s, u"list"_s});
    INFO(listed.err.toStdString());
    REQUIRE(listed.code == ExitCode::Success);
    const QStringList lines = listed.out.trimmed().split(u'\n');
    CHECK(lines.contains(u"recorded\tBeheer op afstand\tRemote administration"_s));
    CHECK(lines.contains(u"catalogue\tNAW-gegevens\tName and address"_s));

    // The demo has an English version of everything its English DPAs show.
    const auto missing = demo.run({u"english-texts"_s, u"list"_s, u"--missing"_s});
    REQUIRE(missing.code == ExitCode::Success);
    CHECK(missing.out.isEmpty());
}

TEST_CASE("english-texts remove and set change what the English DPA shows", "[cli][english]")
{
    const pr::test::CliDemoRegister demo;
    const auto removed =
        demo.run({u"english-texts"_s, u"remove"_s, u"--dutch"_s, u"beheer op afstand"_s});
    INFO(removed.err.toStdString());
    REQUIRE(removed.code == ExitCode::Success);
    CHECK(demo.run({u"english-texts"_s, u"list"_s, u"--missing"_s}).out ==
          u"none\tBeheer op afstand\t\n"_s);
    CHECK(demo.run({u"english-texts"_s, u"list"_s, u"--agreement"_s, u"1"_s}).out ==
          u"Beheer op afstand\n"_s);

    // Rendering the English DPA says so, and still writes it.
    const QString html = demo.path(u"dpa-en.html"_s);
    const auto rendered = demo.run({u"render"_s, u"dpa"_s, u"--client"_s, u"3"_s, u"--language"_s,
                                    u"en"_s, u"--format"_s, u"html"_s, u"--out"_s, html});
    REQUIRE(rendered.code == ExitCode::Success);
    CHECK(rendered.err.contains(u"warning:"_s));
    CHECK(rendered.err.contains(u"\"Beheer op afstand\""_s));
    // The Dutch DPA needs no English.
    const auto dutch = demo.run(
        {u"render"_s, u"dpa"_s, u"--client"_s, u"3"_s, u"--format"_s, u"html"_s, u"--out"_s, html});
    REQUIRE(dutch.code == ExitCode::Success);
    CHECK_FALSE(dutch.err.contains(u"Beheer op afstand"_s));

    const auto set = demo.run({u"english-texts"_s, u"set"_s, u"--dutch"_s, u"Beheer op afstand"_s,
                               u"--english"_s, u"Remote management"_s});
    REQUIRE(set.code == ExitCode::Success);
    CHECK(demo.run({u"english-texts"_s, u"list"_s})
              .out.contains(u"recorded\tBeheer op afstand\tRemote management\n"_s));
    const auto again = demo.run({u"render"_s, u"dpa"_s, u"--client"_s, u"3"_s, u"--language"_s,
                                 u"en"_s, u"--format"_s, u"html"_s, u"--out"_s, html});
    REQUIRE(again.code == ExitCode::Success);
    CHECK_FALSE(again.err.contains(u"warning:"_s));
}

TEST_CASE("english-texts refuses what it cannot record", "[cli][english]")
{
    const pr::test::CliDemoRegister demo;
    CHECK(demo.run({u"english-texts"_s, u"set"_s, u"--dutch"_s, u"Iets"_s}).code ==
          ExitCode::UsageError);
    CHECK(demo.run({u"english-texts"_s, u"frobnicate"_s}).code == ExitCode::UsageError);
    CHECK(demo.run({u"english-texts"_s, u"list"_s, u"--agreement"_s, u"x"_s}).code ==
          ExitCode::UsageError);
}
