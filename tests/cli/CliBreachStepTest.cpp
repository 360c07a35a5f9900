// breach-step on the demo register: the steps follow the firm's role, are recorded through the
// use case, and an impossible one exits 2 with the reason.

#include "support/CliDemoRegister.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::cli::ExitCode;

namespace {

// The demo's breaches: 1 of the firm's own data, AP still undecided; 3 of a client's data.
constexpr int kOwn = 1;
constexpr int kClients = 3;

QJsonObject breach(const pr::test::CliDemoRegister& demo, int id)
{
    const auto shown = demo.run({u"show"_s, u"breaches"_s, QString::number(id), u"--json"_s});
    REQUIRE(shown.code == ExitCode::Success);
    return QJsonDocument::fromJson(shown.out.toUtf8()).object();
}

} // namespace

TEST_CASE("breach-step shows the role and the steps it has", "[cli][breach]")
{
    const pr::test::CliDemoRegister demo;
    const auto own = demo.run({u"breach-step"_s, QString::number(kOwn)});
    CHECK(own.code == ExitCode::Success);
    CHECK(own.out.contains(u"role: controller"_s));
    CHECK(own.out.contains(u"report-ap"_s));
    const auto clients = demo.run({u"breach-step"_s, QString::number(kClients)});
    CHECK(clients.out.contains(u"role: processor"_s));
    CHECK_FALSE(clients.out.contains(u"report-ap"_s));
}

TEST_CASE("breach-step records a report to the AP, and refuses one for a client's breach",
          "[cli][breach]")
{
    const pr::test::CliDemoRegister demo;
    const QJsonObject before = breach(demo, kOwn);
    const auto reported = demo.run({u"breach-step"_s, QString::number(kOwn), u"--to"_s,
                                    u"report-ap"_s, u"--at"_s, u"2026-11-21T08:30"_s, u"--text"_s,
                                    u"Eerste melding"_s, u"--ap-reference"_s, u"AP-2026-99"_s});
    INFO(reported.err.toStdString());
    REQUIRE(reported.code == ExitCode::Success);
    const QJsonObject after = breach(demo, kOwn);
    CHECK(after[u"apNotified"_s].toBool());
    CHECK(after[u"apReference"_s].toString() == u"AP-2026-99"_s);
    CHECK(after[u"apNotifications"_s].toArray().size() ==
          before[u"apNotifications"_s].toArray().size() + 1);

    const auto refused =
        demo.run({u"breach-step"_s, QString::number(kClients), u"--to"_s, u"report-ap"_s});
    CHECK(refused.code == ExitCode::UsageError);
    CHECK(refused.err.contains(u"apNotified"_s));
    const auto future = demo.run({u"breach-step"_s, QString::number(kOwn), u"--to"_s,
                                  u"report-ap"_s, u"--at"_s, u"2027-01-01T10:00"_s});
    CHECK(future.code == ExitCode::UsageError);
    CHECK(demo.run({u"breach-step"_s, QString::number(kOwn), u"--to"_s, u"nonsense"_s}).code ==
          ExitCode::UsageError);
    CHECK(demo.run({u"breach-step"_s, u"999"_s, u"--to"_s, u"report-ap"_s}).code ==
          ExitCode::Failed);
}
