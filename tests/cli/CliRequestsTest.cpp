// The request workflow and the requester's privacy through the command-line tool, end to end
// on the demo register: request-step records steps and refuses impossible ones with exit 2,
// anonymise-requests removes requesters past the retention period and keeps the statistics.

#include "support/CliRunner.h"
#include "support/TestRegister.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::cli::ExitCode;
using pr::core::FixedClock;
using pr::test::runCli;

namespace {

FixedClock clockAt(QDate date)
{
    return FixedClock(QDateTime(date, QTime(10, 0)));
}

// The demo register, made on 21 November 2026 like the other CLI tests assume.
struct Demo {
    QTemporaryDir dir;
    QString passwordFile = dir.filePath(u"password"_s);
    QString reg = dir.filePath(u"demo.prreg"_s);

    Demo()
    {
        REQUIRE(pr::test::writeFile(passwordFile, "requests test password\n"));
        const auto made = run(
            {u"init"_s, u"--demo"_s, u"--kdf-memory"_s, u"8192"_s, u"--kdf-iterations"_s, u"1"_s});
        INFO(made.err.toStdString());
        REQUIRE(made.code == ExitCode::Success);
    }

    pr::test::CliResult run(const QStringList& command,
                            const FixedClock& clock = clockAt(QDate(2026, 11, 21))) const
    {
        return runCli(QStringList{u"--register"_s, reg, u"--password-file"_s, passwordFile} +
                          command,
                      {}, &clock);
    }

    QJsonObject request(int id) const
    {
        const auto shown = run({u"show"_s, u"requests"_s, QString::number(id), u"--json"_s});
        REQUIRE(shown.code == ExitCode::Success);
        return QJsonDocument::fromJson(shown.out.toUtf8()).object();
    }
};

} // namespace

TEST_CASE("request-step without --to shows the stage and the possible steps", "[cli][requests]")
{
    Demo demo;
    const auto inProgress = demo.run({u"request-step"_s, u"7"_s});
    CHECK(inProgress.code == ExitCode::Success);
    CHECK(inProgress.out == u"stage: in-progress\nnext: extended answered refused withdrawn\n"_s);

    // VZ-2026-09 concerns client 1, who was informed on 17 November.
    const auto awaiting = demo.run({u"request-step"_s, u"8"_s});
    CHECK(awaiting.out ==
          u"stage: identity-requested\nnext: identity-verified extended refused withdrawn\n"_s);

    CHECK(demo.run({u"request-step"_s, u"999"_s}).code == ExitCode::Failed);
    CHECK(demo.run({u"request-step"_s, u"zeven"_s}).code == ExitCode::UsageError);
}

TEST_CASE("request-step records a step through the workflow and the audit trail", "[cli][requests]")
{
    Demo demo;
    // VZ-2026-08 asked for proof of identity on 2 November.
    const auto verified =
        demo.run({u"request-step"_s, u"8"_s, u"--to"_s, u"identity-verified"_s, u"--date"_s,
                  u"2026-11-18"_s, u"--copy-destroyed"_s, u"2026-11-18"_s});
    INFO(verified.err.toStdString());
    REQUIRE(verified.code == ExitCode::Success);
    CHECK(verified.out.contains(u"stage: identity-verified\n"_s));
    QJsonObject stored = demo.request(8);
    CHECK(stored.value(u"identityVerifiedDate"_s).toString() == u"2026-11-18"_s);
    CHECK(stored.value(u"idCopyDestroyedDate"_s).toString() == u"2026-11-18"_s);

    REQUIRE(demo.run({u"request-step"_s, u"8"_s, u"--to"_s, u"in-progress"_s}).code ==
            ExitCode::Success);
    const auto answered = demo.run({u"request-step"_s, u"8"_s, u"--to"_s, u"answered"_s,
                                    u"--outcome"_s, u"Inzage per beveiligde mail gegeven"_s});
    REQUIRE(answered.code == ExitCode::Success);
    stored = demo.request(8);
    CHECK(stored.value(u"status"_s).toString() == u"answered"_s);
    // The date defaults to the clock's today, not the machine's.
    CHECK(stored.value(u"answeredDate"_s).toString() == u"2026-11-21"_s);
    CHECK(stored.value(u"outcome"_s).toString() == u"Inzage per beveiligde mail gegeven"_s);

    // Each step is one audited update of the request.
    const auto audit =
        demo.run({u"audit"_s, u"--entity"_s, u"requests"_s, u"--id"_s, u"8"_s, u"--json"_s});
    REQUIRE(audit.code == ExitCode::Success);
    CHECK(audit.out.count(u"\"update\""_s) == 3);

    // A closed request is no longer due.
    CHECK_FALSE(demo.run({u"due"_s}).out.contains(u"VZ-2026-08"_s));
}

TEST_CASE("request-step refuses an impossible step with exit 2 and the reason", "[cli][requests]")
{
    Demo demo;
    // VZ-2026-11 was only received: it cannot be answered yet.
    const auto early = demo.run({u"request-step"_s, u"11"_s, u"--to"_s, u"answered"_s});
    CHECK(early.code == ExitCode::UsageError);
    CHECK(early.err.contains(u"status: "_s));
    CHECK(early.err.contains(u"next: identity-requested in-progress extended refused withdrawn"_s));
    CHECK(demo.request(11).value(u"status"_s).toString() == u"received"_s);

    // VZ-2026-01 is closed.
    CHECK(demo.run({u"request-step"_s, u"1"_s, u"--to"_s, u"in-progress"_s}).code ==
          ExitCode::UsageError);

    // A date in the future (the clock says 21 November) or before receipt.
    const auto future = demo.run(
        {u"request-step"_s, u"11"_s, u"--to"_s, u"in-progress"_s, u"--date"_s, u"2026-11-22"_s});
    CHECK(future.code == ExitCode::UsageError);
    CHECK(demo.run({u"request-step"_s, u"11"_s, u"--to"_s, u"in-progress"_s, u"--date"_s,
                    u"2026-11-18"_s})
              .code == ExitCode::UsageError);

    // "closed" is not a step: a request closes as answered, refused or withdrawn.
    const auto closed = demo.run({u"request-step"_s, u"7"_s, u"--to"_s, u"closed"_s});
    CHECK(closed.code == ExitCode::UsageError);
    CHECK(closed.err.contains(u"answered"_s));
    CHECK(demo.run({u"request-step"_s, u"7"_s, u"--to"_s, u"answered"_s, u"--date"_s,
                    u"21-11-2026"_s})
              .code == ExitCode::UsageError);
}

TEST_CASE("request-step extends only within the first month and with a reason", "[cli][requests]")
{
    Demo demo;
    // VZ-2026-06, received 13 October: the first month ended on 13 November.
    const auto late = demo.run(
        {u"request-step"_s, u"6"_s, u"--to"_s, u"extended"_s, u"--reason"_s, u"Veel systemen"_s});
    CHECK(late.code == ExitCode::UsageError);
    CHECK(late.err.contains(u"extension.toldOn"_s));

    const auto noReason = demo.run({u"request-step"_s, u"11"_s, u"--to"_s, u"extended"_s});
    CHECK(noReason.code == ExitCode::UsageError);
    CHECK(noReason.err.contains(u"extension.reason"_s));

    // VZ-2026-11, received 19 November: extended, it works to 19 February 2027.
    REQUIRE(demo.run({u"request-step"_s, u"11"_s, u"--to"_s, u"extended"_s, u"--reason"_s,
                      u"Gegevens in vijf systemen"_s})
                .code == ExitCode::Success);
    const QJsonObject stored = demo.request(11);
    CHECK(stored.value(u"extension"_s).toObject().value(u"toldOn"_s).toString() == u"2026-11-21"_s);
    CHECK(demo.run({u"due"_s}).out.contains(u"ok\trequest\t11\tVZ-2026-11\t2027-02-19\t"_s));
}

TEST_CASE("request-step refuses with the ground chosen, which must fit the right",
          "[cli][requests]")
{
    Demo demo;
    // VZ-2026-06 is an objection (art. 21).
    const QStringList refuse{u"request-step"_s, u"6"_s,        u"--to"_s,
                             u"refused"_s,      u"--reason"_s, u"Het netwerk gaat voor"_s};
    const auto noGround = demo.run(refuse);
    CHECK(noGround.code == ExitCode::UsageError);
    CHECK(noGround.err.contains(u"refusalGround"_s));

    const auto unknown = demo.run(refuse + QStringList{u"--ground"_s, u"omdat"_s});
    CHECK(unknown.code == ExitCode::UsageError);
    CHECK(unknown.err.contains(u"compelling-grounds"_s)); // the list to choose from

    // Art. 17(3)(e) limits erasure, not objection.
    const auto wrong = demo.run(refuse + QStringList{u"--ground"_s, u"legal-claims"_s});
    CHECK(wrong.code == ExitCode::UsageError);
    CHECK(wrong.err.contains(u"refusalGround"_s));
    CHECK(demo.request(6).value(u"status"_s).toString() == u"received"_s);

    const auto refused = demo.run(refuse + QStringList{u"--ground"_s, u"compelling-grounds"_s});
    INFO(refused.err.toStdString());
    REQUIRE(refused.code == ExitCode::Success);
    const QJsonObject stored = demo.request(6);
    CHECK(stored.value(u"status"_s).toString() == u"refused"_s);
    CHECK(stored.value(u"refusalGround"_s).toString() == u"compelling-grounds"_s);

    // The refusal letter cites it.
    const QString pdf = demo.dir.filePath(u"weigering.html"_s);
    REQUIRE(demo.run({u"render"_s, u"letter"_s, u"--request"_s, u"6"_s, u"--letter"_s, u"refusal"_s,
                      u"--format"_s, u"html"_s, u"--out"_s, pdf})
                .code == ExitCode::Success);
    QFile html(pdf);
    REQUIRE(html.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(html.readAll()).contains(u"(artikel 21, eerste lid, AVG)"_s));
}

TEST_CASE("request-step asks for proof of identity only with the reasonable doubt",
          "[cli][requests]")
{
    Demo demo;
    const QStringList ask{u"request-step"_s, u"11"_s, u"--to"_s, u"identity-requested"_s};
    const auto noDoubt = demo.run(ask);
    CHECK(noDoubt.code == ExitCode::UsageError);
    CHECK(noDoubt.err.contains(u"identityDoubt"_s));

    REQUIRE(demo.run(ask + QStringList{u"--doubt"_s, u"Gebeld vanaf een onbekend nummer"_s,
                                       u"--proof-asked"_s, u"Een bevestiging per e-mail"_s})
                .code == ExitCode::Success);
    const QJsonObject stored = demo.request(11);
    CHECK(stored.value(u"identityDoubt"_s).toString() == u"Gebeld vanaf een onbekend nummer"_s);
    CHECK(stored.value(u"identityProofAsked"_s).toString() == u"Een bevestiging per e-mail"_s);
}

TEST_CASE("request-step closes a client's request only after the client was informed",
          "[cli][requests]")
{
    Demo demo;
    // VZ-2026-09 concerns client 1, informed on 17 November.
    const auto before = demo.run(
        {u"request-step"_s, u"9"_s, u"--to"_s, u"answered"_s, u"--date"_s, u"2026-11-16"_s});
    CHECK(before.code == ExitCode::UsageError);
    CHECK(before.err.contains(u"answeredDate"_s));
    CHECK(demo.run({u"request-step"_s, u"9"_s, u"--to"_s, u"answered"_s, u"--date"_s,
                    u"2026-11-18"_s})
              .code == ExitCode::Success);

    // VZ-2026-11 is the firm's own: there is no client to inform.
    const auto own = demo.run({u"request-step"_s, u"11"_s, u"--to"_s, u"client-informed"_s});
    CHECK(own.code == ExitCode::UsageError);
    CHECK(own.err.contains(u"clientInformedDate"_s));
}

TEST_CASE("anonymise-requests removes requesters past the retention period",
          "[cli][requests][privacy]")
{
    Demo demo;
    // 1 August 2028: VZ-2026-01 (answered 24 July 2026) and VZ-2026-12 (12 June 2026) are
    // more than two years closed; VZ-2026-02 (26 August 2026) is not yet.
    const FixedClock later = clockAt(QDate(2028, 8, 1));

    const auto dryRun = demo.run({u"anonymise-requests"_s, u"--dry-run"_s}, later);
    REQUIRE(dryRun.code == ExitCode::Success);
    CHECK(dryRun.out.contains(u"1\tVZ-2026-01\tclosed=2026-07-24\tanonymise-from=2028-07-24\n"_s));
    CHECK(dryRun.out.contains(u"12\tVZ-2026-12\tclosed=2026-06-12\t"_s));
    CHECK_FALSE(dryRun.out.contains(u"VZ-2026-02"_s));
    CHECK_FALSE(dryRun.out.contains(u"Koster"_s));
    CHECK(demo.request(1).value(u"requesterName"_s).toString() == u"A. Koster"_s);
    // `due` mentions them too.
    CHECK(demo.run({u"due"_s}, later).out.contains(u"anonymise-requests"_s));

    const auto done = demo.run({u"anonymise-requests"_s}, later);
    INFO(done.err.toStdString());
    REQUIRE(done.code == ExitCode::Success);
    const QJsonObject anonymised = demo.request(1);
    CHECK(anonymised.value(u"requesterName"_s).toString() == u"***"_s);
    CHECK(anonymised.value(u"requesterContact"_s).toString().isEmpty());
    CHECK_FALSE(QJsonDocument(anonymised).toJson().contains("Koster"));
    CHECK_FALSE(QJsonDocument(anonymised).toJson().contains("example.nl"));
    // Kept for the statistics.
    CHECK(anonymised.value(u"reference"_s).toString() == u"VZ-2026-01"_s);
    CHECK(anonymised.value(u"right"_s).toString() == u"access"_s);
    CHECK(anonymised.value(u"status"_s).toString() == u"answered"_s);
    CHECK(anonymised.value(u"receivedDate"_s).toString() == u"2026-07-06"_s);
    CHECK(anonymised.value(u"answeredDate"_s).toString() == u"2026-07-24"_s);
    CHECK(anonymised.value(u"identityVerifiedDate"_s).toString() == u"2026-07-08"_s);
    CHECK(demo.request(12).value(u"requesterName"_s).toString() == u"***"_s);
    CHECK(demo.request(2).value(u"requesterName"_s).toString() == u"G. Brouwer"_s);

    // Nothing left to do; the register and its audit chain are intact.
    const auto again = demo.run({u"anonymise-requests"_s}, later);
    CHECK(again.code == ExitCode::Success);
    CHECK_FALSE(again.out.contains(u"VZ-2026-01"_s));
    CHECK(demo.run({u"verify"_s}, later).code == ExitCode::Success);

    // The audit trail lost the requester too (redacted, docs/security.md), and says so; the
    // rest of the request's history stays.
    const auto history =
        demo.run({u"audit"_s, u"--entity"_s, u"requests"_s, u"--id"_s, u"1"_s}, later);
    CHECK_FALSE(history.out.contains(u"Koster"_s));
    CHECK(history.out.contains(u"redact"_s));
    CHECK(history.out.contains(u"VZ-2026-01"_s));
    const auto trail = demo.run({u"audit"_s, u"--json"_s}, later);
    REQUIRE(trail.code == ExitCode::Success);
    CHECK_FALSE(trail.out.contains(u"Koster"_s));
    CHECK_FALSE(trail.out.contains(u"a.koster"_s, Qt::CaseInsensitive));
    CHECK(trail.out.contains(u"G. Brouwer"_s)); // not yet due: kept
    CHECK(demo.run({u"verify"_s}, later).code == ExitCode::Success);
}

TEST_CASE("anonymise-requests takes the retention period as an option", "[cli][requests]")
{
    Demo demo;
    // Twelve months after closing, on 1 September 2027, VZ-2026-02 (26 August 2026) is due too.
    const auto shorter =
        demo.run({u"anonymise-requests"_s, u"--dry-run"_s, u"--retention"_s, u"12m"_s},
                 clockAt(QDate(2027, 9, 1)));
    CHECK(shorter.code == ExitCode::Success);
    CHECK(shorter.out.contains(u"VZ-2026-02"_s));
    CHECK(demo.run({u"anonymise-requests"_s, u"--retention"_s, u"2y"_s}).code ==
          ExitCode::UsageError);
}
