// The agreement's signing through the command-line tool, end to end on the demo register
// (issue 7, items 4 and 5): agreement-step records each step in the register and its audit
// trail, keeps the client's PDF or the paper note, and refuses impossible steps with exit 2,
// naming the current state.

#include "support/CliDemoRegister.h"
#include "support/CliRunner.h"
#include "support/TestRegister.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::cli::ExitCode;

namespace {

// The demo register, made on 21 November 2026 like the other CLI tests assume. Its agreements:
// 1 countersigned (on paper), 2 signed by us and sent on 10 November, 3 sent on 16 November,
// 4 a draft.
struct Demo : pr::test::CliDemoRegister {
    pr::test::CliResult step(const QString& id, const QStringList& rest) const
    {
        return run(QStringList{u"agreement-step"_s, u"--agreement"_s, id} + rest);
    }

    QJsonObject agreement(int id) const
    {
        const auto shown = run({u"show"_s, u"agreements"_s, QString::number(id), u"--json"_s});
        REQUIRE(shown.code == ExitCode::Success);
        return QJsonDocument::fromJson(shown.out.toUtf8()).object();
    }
};

} // namespace

TEST_CASE("agreement-step without a step shows the state and the possible steps",
          "[cli][agreement]")
{
    Demo demo;
    CHECK(demo.step(u"3"_s, {}).out == u"state: sent\nnext: sign terminate\n"_s);
    CHECK(demo.step(u"2"_s, {}).out == u"state: signed-by-firm\nnext: countersign terminate\n"_s);
    CHECK(demo.step(u"4"_s, {}).out == u"state: draft\nnext: send sign\n"_s);
    CHECK(demo.step(u"999"_s, {}).code == ExitCode::Failed);
    CHECK(demo.step(u"drie"_s, {}).code == ExitCode::UsageError);
    CHECK(demo.run({u"agreement-step"_s, u"send"_s}).code == ExitCode::UsageError);
    CHECK(demo.step(u"3"_s, {u"archive"_s}).code == ExitCode::UsageError);
}

TEST_CASE("agreement-step takes an agreement from sent to countersigned and terminated",
          "[cli][agreement]")
{
    Demo demo;
    const auto signedByUs =
        demo.step(u"3"_s, {u"sign"_s, u"--date"_s, u"2026-11-18"_s, u"--name"_s, u"M. de Boer"_s,
                           u"--function"_s, u"directeur"_s, u"--place"_s, u"Utrecht"_s});
    INFO(signedByUs.err.toStdString());
    REQUIRE(signedByUs.code == ExitCode::Success);
    CHECK(signedByUs.out.contains(u"state: signed-by-firm\n"_s));
    QJsonObject stored = demo.agreement(3);
    CHECK(stored.value(u"firmSignatory"_s).toObject().value(u"date"_s).toString() ==
          u"2026-11-18"_s);
    CHECK(stored.value(u"firmSignatory"_s).toObject().value(u"place"_s).toString() == u"Utrecht"_s);

    // The client's PDF: anything that is not a PDF is refused, a PDF is kept.
    const QString notPdf = demo.dir.filePath(u"getekend.docx"_s);
    REQUIRE(pr::test::writeFile(notPdf, "PK\x03\x04 word document"));
    const auto refused = demo.step(u"3"_s, {u"countersign"_s, u"--pdf"_s, notPdf});
    CHECK(refused.code == ExitCode::UsageError);
    CHECK(refused.err.contains(u"not a PDF"_s));
    CHECK(
        demo.step(u"3"_s, {u"countersign"_s, u"--pdf"_s, demo.dir.filePath(u"nope.pdf"_s)}).code ==
        ExitCode::UsageError);

    const QString pdf = demo.dir.filePath(u"getekend.pdf"_s);
    const QByteArray pdfBytes("%PDF-1.7\n% ondertekend door W. Smits\n%%EOF\n");
    REQUIRE(pr::test::writeFile(pdf, pdfBytes));
    const auto countersigned = demo.step(u"3"_s, {u"countersign"_s, u"--pdf"_s, pdf, u"--date"_s,
                                                  u"2026-11-20"_s, u"--place"_s, u"Oostwijk"_s});
    INFO(countersigned.err.toStdString());
    REQUIRE(countersigned.code == ExitCode::Success);
    stored = demo.agreement(3);
    CHECK(stored.value(u"signingState"_s).toString() == u"countersigned"_s);
    CHECK(QByteArray::fromBase64(stored.value(u"signedPdf"_s).toString().toLatin1()) == pdfBytes);
    CHECK_FALSE(stored.contains(u"signedOnPaper"_s));
    CHECK(stored.value(u"clientSignatory"_s).toObject().value(u"name"_s).toString() ==
          u"W. Smits"_s);

    const auto terminated = demo.step(u"3"_s, {u"terminate"_s});
    REQUIRE(terminated.code == ExitCode::Success);
    CHECK(terminated.out.contains(u"state: terminated\nnext: \n"_s));
    CHECK(demo.agreement(3).value(u"endDate"_s).toString() == u"2026-11-21"_s);

    // Each step is one audited update of the agreement.
    const auto audit =
        demo.run({u"audit"_s, u"--entity"_s, u"agreements"_s, u"--id"_s, u"3"_s, u"--json"_s});
    REQUIRE(audit.code == ExitCode::Success);
    CHECK(audit.out.count(u"\"update\""_s) == 3);
}

TEST_CASE("agreement-step records a signature on paper", "[cli][agreement]")
{
    Demo demo;
    const auto paper =
        demo.step(u"2"_s, {u"countersign"_s, u"--on-paper"_s, u"--date"_s, u"2026-11-19"_s});
    INFO(paper.err.toStdString());
    REQUIRE(paper.code == ExitCode::Success);
    const QJsonObject stored = demo.agreement(2);
    CHECK(stored.value(u"signingState"_s).toString() == u"countersigned"_s);
    CHECK(stored.value(u"signedOnPaper"_s).toBool());
    CHECK_FALSE(stored.contains(u"signedPdf"_s));
    CHECK(stored.value(u"clientSignatory"_s).toObject().value(u"date"_s).toString() ==
          u"2026-11-19"_s);
}

TEST_CASE("agreement-step refuses impossible steps with exit 2, naming the state",
          "[cli][agreement]")
{
    Demo demo;
    // Sent, not signed by us: the client cannot countersign yet.
    const auto early = demo.step(u"3"_s, {u"countersign"_s, u"--on-paper"_s});
    CHECK(early.code == ExitCode::UsageError);
    CHECK(early.err.contains(u"'Sent'"_s));
    CHECK(early.err.contains(u"state: sent\n"_s));
    CHECK(early.err.contains(u"next: sign terminate\n"_s));
    CHECK(demo.agreement(3).value(u"signingState"_s).toString() == u"sent"_s);

    // Neither a PDF nor the paper note.
    const auto noProof = demo.step(u"2"_s, {u"countersign"_s});
    CHECK(noProof.code == ExitCode::UsageError);
    CHECK(noProof.err.contains(u"signedPdf: "_s));

    // A draft is deleted, not terminated; a future date; options of another step.
    CHECK(demo.step(u"4"_s, {u"terminate"_s}).code == ExitCode::UsageError);
    CHECK(demo.step(u"4"_s, {u"send"_s, u"--date"_s, u"2026-11-22"_s}).code ==
          ExitCode::UsageError);
    CHECK(demo.step(u"4"_s, {u"send"_s, u"--on-paper"_s}).code == ExitCode::UsageError);
    CHECK(demo.step(u"4"_s, {u"send"_s, u"--date"_s, u"22-11-2026"_s}).code ==
          ExitCode::UsageError);
    CHECK(demo.agreement(4).value(u"signingState"_s).toString() == u"draft"_s);
}

TEST_CASE("agreement-step send and sign warn of what the client's lawyer would stumble on",
          "[cli][agreement]")
{
    Demo demo;
    // The draft with Trapkracht: its main agreement has no date, and Bijlage 2 has two planned
    // measures.
    const auto sent = demo.step(u"4"_s, {u"send"_s});
    INFO(sent.err.toStdString());
    REQUIRE(sent.code == ExitCode::Success);
    CHECK(sent.out.contains(u"state: sent\n"_s));
    const QStringList warnings = sent.err.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].contains(u"warning: The date of the main agreement is not recorded"_s));
    CHECK(warnings[1].contains(u"2 planned measure"_s));
    CHECK(warnings[1].contains(u"Terugzettest van back-ups"_s));
    CHECK(demo.agreement(4).value(u"signingState"_s).toString() == u"sent"_s);

    // Steps that do not put a document in the client's hands say nothing of it.
    const auto terminated = demo.step(u"4"_s, {u"terminate"_s});
    REQUIRE(terminated.code == ExitCode::Success);
    CHECK(terminated.err.isEmpty());
}
