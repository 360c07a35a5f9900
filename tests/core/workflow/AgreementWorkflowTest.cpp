// The agreement's signing as a state machine (issue 7, items 4 and 5): which steps each state
// allows, what a step records, and the rules on dates, signatories and the client's PDF.

#include "core/workflow/AgreementWorkflow.h"

#include "../domain/ValidationTestSupport.h"
#include "core/domain/validation/AgreementValidation.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::core::Agreement;
using pr::core::AgreementStepDetails;
using pr::core::AgreementWorkflow;
using pr::core::FixedClock;
using pr::core::SigningState;
using pr::test::fieldsOf;
using S = pr::core::AgreementStep;

namespace {

// Far from the real date on purpose: a workflow that read the system clock would call every
// step "in the future".
const QDate kToday(2031, 3, 20);

FixedClock clockOn(QDate today)
{
    return FixedClock(QDateTime(today, QTime(12, 0)));
}

Agreement draft()
{
    Agreement agreement;
    agreement.id = 3;
    agreement.clientId = 2;
    agreement.version = u"1.0"_s;
    agreement.startDate = QDate(2031, 3, 15);
    agreement.activityIds = {1, 2};
    agreement.firmSignatory = {u"M. de Boer"_s, u"directeur"_s, {}, u"Utrecht"_s};
    agreement.clientSignatory = {u"H. Lindeboom"_s, u"directeur"_s, {}, u"Woerden"_s};
    return agreement;
}

AgreementStepDetails signedBy(const QString& name)
{
    AgreementStepDetails details;
    details.signatory.name = name;
    return details;
}

AgreementStepDetails withPdf(const QByteArray& pdf)
{
    AgreementStepDetails details;
    details.signedPdf = pdf;
    return details;
}

const QByteArray kPdf("%PDF-1.7\n% getekend door de klant\n");

} // namespace

TEST_CASE("An agreement goes from draft to sent, signed, countersigned and terminated",
          "[workflow][agreement]")
{
    const FixedClock clock = clockOn(kToday);
    const AgreementWorkflow workflow(clock);

    auto result = workflow.apply(draft(), S::Send, QDate(2031, 3, 2));
    REQUIRE(result.ok());
    Agreement agreement = *result.record;
    CHECK(agreement.signingState == SigningState::Sent);
    CHECK(agreement.sentDate == QDate(2031, 3, 2));

    AgreementStepDetails us;
    us.signatory = {u"J. de Vries"_s, u"eigenaar"_s, {}, u"Amersfoort"_s};
    result = workflow.apply(agreement, S::SignByFirm, QDate(2031, 3, 3), us);
    REQUIRE(result.ok());
    agreement = *result.record;
    CHECK(agreement.signingState == SigningState::SignedByFirm);
    CHECK(agreement.firmSignatory ==
          pr::core::Signatory{u"J. de Vries"_s, u"eigenaar"_s, QDate(2031, 3, 3), u"Amersfoort"_s});

    // The client's details: what the step leaves empty stays as the agreement had it.
    AgreementStepDetails client = withPdf(kPdf);
    client.signatory.place = u"Bodegraven"_s;
    result = workflow.apply(agreement, S::Countersign, QDate(2031, 3, 10), client);
    REQUIRE(result.ok());
    agreement = *result.record;
    CHECK(agreement.signingState == SigningState::Countersigned);
    CHECK(agreement.clientSignatory == pr::core::Signatory{u"H. Lindeboom"_s, u"directeur"_s,
                                                           QDate(2031, 3, 10), u"Bodegraven"_s});
    CHECK(agreement.signedPdf == kPdf);
    CHECK_FALSE(agreement.signedOnPaper);

    result = workflow.apply(agreement, S::Terminate, QDate(2031, 3, 20));
    REQUIRE(result.ok());
    agreement = *result.record;
    CHECK(agreement.signingState == SigningState::Terminated);
    CHECK(agreement.endDate == QDate(2031, 3, 20));
    CHECK(AgreementWorkflow::possibleSteps(agreement).isEmpty());
    CHECK(validate(agreement).isEmpty());
}

TEST_CASE("Each signing state allows its own steps", "[workflow][agreement]")
{
    CHECK(AgreementWorkflow::stepsFrom(SigningState::Draft) == QList{S::Send, S::SignByFirm});
    CHECK(AgreementWorkflow::stepsFrom(SigningState::Sent) == QList{S::SignByFirm, S::Terminate});
    CHECK(AgreementWorkflow::stepsFrom(SigningState::SignedByFirm) ==
          QList{S::Send, S::Countersign, S::Terminate});
    CHECK(AgreementWorkflow::stepsFrom(SigningState::Countersigned) == QList{S::Terminate});
    CHECK(AgreementWorkflow::stepsFrom(SigningState::Terminated).isEmpty());

    // Signed first, sent afterwards: the state stays, the date is recorded, once.
    const FixedClock clock = clockOn(kToday);
    const AgreementWorkflow workflow(clock);
    auto result = workflow.apply(draft(), S::SignByFirm, QDate(2031, 3, 1), signedBy({}));
    REQUIRE(result.ok());
    CHECK(AgreementWorkflow::possibleSteps(*result.record) ==
          QList{S::Send, S::Countersign, S::Terminate});
    result = workflow.apply(*result.record, S::Send, QDate(2031, 3, 2));
    REQUIRE(result.ok());
    CHECK(result.record->signingState == SigningState::SignedByFirm);
    CHECK(result.record->sentDate == QDate(2031, 3, 2));
    CHECK(AgreementWorkflow::possibleSteps(*result.record) == QList{S::Countersign, S::Terminate});
}

TEST_CASE("Impossible steps are refused, naming the current state", "[workflow][agreement]")
{
    const FixedClock clock = clockOn(kToday);
    const AgreementWorkflow workflow(clock);

    auto result = workflow.apply(draft(), S::Countersign, QDate(2031, 3, 2), withPdf(kPdf));
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.issues.size() == 1);
    CHECK(result.issues[0].field == u"signingState"_s);
    CHECK(result.issues[0].message.contains(u"'Draft'"_s));
    CHECK(result.issues[0].message.contains(u"(send)"_s));
    CHECK(result.issues[0].message.contains(u"(sign)"_s));

    // A draft is deleted, not terminated.
    result = workflow.apply(draft(), S::Terminate, QDate(2031, 3, 2));
    REQUIRE_FALSE(result.ok());
    CHECK(result.issues[0].message.contains(u"draft"_s));

    Agreement sent = draft();
    sent.signingState = SigningState::Sent;
    sent.sentDate = QDate(2031, 3, 1);
    result = workflow.apply(sent, S::Countersign, QDate(2031, 3, 2), withPdf(kPdf));
    REQUIRE_FALSE(result.ok());
    CHECK(result.issues[0].message.contains(u"'Sent'"_s));
    result = workflow.apply(sent, S::Send, QDate(2031, 3, 2));
    REQUIRE_FALSE(result.ok());
    CHECK(result.issues[0].field == u"signingState"_s);

    Agreement terminated = sent;
    terminated.signingState = SigningState::Terminated;
    terminated.endDate = QDate(2031, 3, 5);
    result = workflow.apply(terminated, S::SignByFirm, QDate(2031, 3, 6), signedBy(u"X"_s));
    REQUIRE_FALSE(result.ok());
    CHECK(result.issues[0].message.contains(u"terminated"_s));
}

TEST_CASE("Step dates are not in the future and not before the previous step",
          "[workflow][agreement]")
{
    const FixedClock clock = clockOn(kToday);
    const AgreementWorkflow workflow(clock);
    Agreement sent = draft();
    sent.signingState = SigningState::Sent;
    sent.sentDate = QDate(2031, 3, 10);

    CHECK(fieldsOf(workflow.apply(draft(), S::Send, {}).issues) == QStringList{u"sentDate"_s});
    CHECK(fieldsOf(workflow.apply(draft(), S::Send, kToday.addDays(1)).issues) ==
          QStringList{u"sentDate"_s});
    CHECK(workflow.apply(draft(), S::Send, kToday).ok());
    CHECK(fieldsOf(workflow.apply(sent, S::SignByFirm, QDate(2031, 3, 9)).issues) ==
          QStringList{u"firmSignatory.date"_s});

    Agreement signedByUs = *workflow.apply(sent, S::SignByFirm, QDate(2031, 3, 12)).record;
    CHECK(fieldsOf(workflow.apply(signedByUs, S::Countersign, QDate(2031, 3, 11), withPdf(kPdf))
                       .issues) == QStringList{u"clientSignatory.date"_s});
    CHECK(fieldsOf(workflow.apply(signedByUs, S::Terminate, QDate(2031, 3, 11)).issues) ==
          QStringList{u"endDate"_s});
    // Given up before the planned start: the end may lie before it.
    const auto givenUp = workflow.apply(signedByUs, S::Terminate, QDate(2031, 3, 12));
    REQUIRE(givenUp.ok());
    CHECK(givenUp.record->endDate < givenUp.record->startDate);
}

TEST_CASE("Countersigning keeps the client's PDF or the note that they signed on paper",
          "[workflow][agreement]")
{
    const FixedClock clock = clockOn(kToday);
    const AgreementWorkflow workflow(clock);
    Agreement signedByUs = draft();
    signedByUs.signingState = SigningState::SignedByFirm;
    signedByUs.firmSignatory.date = QDate(2031, 3, 1);
    const QDate day(2031, 3, 5);

    SECTION("neither is refused")
    {
        const auto result = workflow.apply(signedByUs, S::Countersign, day);
        CHECK(fieldsOf(result.issues) == QStringList{u"signedPdf"_s});
    }
    SECTION("on paper, without a scan")
    {
        AgreementStepDetails paper;
        paper.onPaper = true;
        const auto result = workflow.apply(signedByUs, S::Countersign, day, paper);
        REQUIRE(result.ok());
        CHECK(result.record->signedOnPaper);
        CHECK(result.record->signedPdf.isEmpty());
    }
    SECTION("on paper, with its scan")
    {
        AgreementStepDetails paper = withPdf(kPdf);
        paper.onPaper = true;
        const auto result = workflow.apply(signedByUs, S::Countersign, day, paper);
        REQUIRE(result.ok());
        CHECK(result.record->signedOnPaper);
        CHECK(result.record->signedPdf == kPdf);
    }
    SECTION("a file that is not a PDF")
    {
        const auto result =
            workflow.apply(signedByUs, S::Countersign, day, withPdf("PK\x03\x04 a zip file"));
        REQUIRE(fieldsOf(result.issues) == QStringList{u"signedPdf"_s});
        CHECK(result.issues[0].message.contains(u"not a PDF"_s));
    }
    SECTION("a PDF over the limit")
    {
        const QByteArray big =
            QByteArray("%PDF-1.4\n") + QByteArray(pr::core::kMaxSignedPdfBytes, '0');
        const auto result = workflow.apply(signedByUs, S::Countersign, day, withPdf(big));
        REQUIRE(fieldsOf(result.issues) == QStringList{u"signedPdf"_s});
        CHECK(result.issues[0].message.contains(u"20 MiB"_s));
    }
    SECTION("a signatory's name is needed")
    {
        signedByUs.clientSignatory.name.clear();
        const auto result = workflow.apply(signedByUs, S::Countersign, day, withPdf(kPdf));
        CHECK(fieldsOf(result.issues) == QStringList{u"clientSignatory.name"_s});
    }
}
