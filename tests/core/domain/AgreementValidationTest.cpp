#include "core/domain/validation/AgreementValidation.h"

#include "ValidationTestSupport.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::core::Agreement;
using pr::core::SigningState;
using pr::test::checkRules;
using pr::test::fieldsOf;
using Case = pr::test::RuleCase<Agreement>;

namespace {

Agreement validAgreement()
{
    Agreement value;
    value.clientId = 4;
    value.version = u"1.0"_s;
    value.startDate = QDate(2025, 1, 1);
    value.durationMonths = 12;
    value.breachNotificationHours = 48;
    value.auditIntervalMonths = 12;
    value.mainAgreementName = u"Overeenkomst IT-beheer"_s;
    value.mainAgreementDate = QDate(2024, 11, 1);
    value.liabilityCap.perEventCents = 2'500'000'00;
    value.liabilityCap.perYearCents = 5'000'000'00;
    value.insuranceCoverCents = 2'500'000'00;
    value.changeNoticeDays = 30;
    value.processingLocation = u"binnen de EER"_s;
    value.returnDeletionDays = 30;
    value.activityIds = {1, 2, 3};
    value.signingState = SigningState::Countersigned;
    value.firmSignatory = {u"J. de Vries"_s, u"directeur"_s, QDate(2024, 12, 10), u"Utrecht"_s};
    value.clientSignatory = {u"K. Bakker"_s, u"eigenaar"_s, QDate(2024, 12, 12), u"Deventer"_s};
    value.signedPdf = QByteArray("%PDF-1.7\n");
    value.firmSignedPdf = QByteArray("%PDF-1.7\n% signed by the firm (PAdES)\n");
    return value;
}

} // namespace

TEST_CASE("Valid agreements have no issues", "[domain][validation][agreement]")
{
    CHECK(fieldsOf(validate(validAgreement())).isEmpty());

    Agreement draft;
    draft.clientId = 4;
    draft.version = u"0.1"_s;
    draft.startDate = QDate(2025, 6, 1);
    draft.activityIds = {9};
    CHECK(fieldsOf(validate(draft)).isEmpty());

    Agreement terminated = validAgreement();
    terminated.signingState = SigningState::Terminated;
    terminated.endDate = QDate(2025, 12, 31);
    terminated.durationMonths.reset();
    terminated.auditIntervalMonths.reset();
    terminated.liabilityCap = {};
    terminated.breachNotificationHours = 0;
    CHECK(fieldsOf(validate(terminated)).isEmpty());

    Agreement onPaper = validAgreement();
    onPaper.signedPdf.clear();
    onPaper.signedOnPaper = true;
    CHECK(fieldsOf(validate(onPaper)).isEmpty());
    onPaper.signedPdf = QByteArray(pr::core::kMaxSignedPdfBytes - 5, ' ').prepend("%PDF-");
    CHECK(fieldsOf(validate(onPaper)).isEmpty());
}

TEST_CASE("Each agreement rule names its field", "[domain][validation][agreement]")
{
    using A = Agreement;
    checkRules(
        validAgreement(),
        std::vector<Case>{
            {"client required", [](A& a) { a.clientId = 0; }, {u"clientId"_s}},
            {"version required", [](A& a) { a.version.clear(); }, {u"version"_s}},
            {"start date required", [](A& a) { a.startDate = {}; }, {u"startDate"_s}},
            {"end not before start", [](A& a) { a.endDate = QDate(2024, 12, 31); }, {u"endDate"_s}},
            {"terminated needs an end date",
             [](A& a) { a.signingState = SigningState::Terminated; },
             {u"endDate"_s}},
            {"duration at least a month",
             [](A& a) { a.durationMonths = 0; },
             {u"durationMonths"_s}},
            {"breach window not negative",
             [](A& a) { a.breachNotificationHours = -1; },
             {u"breachNotificationHours"_s}},
            {"breach window within 72 hours",
             [](A& a) { a.breachNotificationHours = 96; },
             {u"breachNotificationHours"_s}},
            {"audit interval at least a month",
             [](A& a) { a.auditIntervalMonths = -12; },
             {u"auditIntervalMonths"_s}},
            {"liability cap per event above zero",
             [](A& a) { a.liabilityCap.perEventCents = 0; },
             {u"liabilityCap.perEventCents"_s}},
            {"liability cap per year above zero",
             [](A& a) { a.liabilityCap.perYearCents = -1; },
             {u"liabilityCap.perYearCents"_s}},
            {"cap per year not below the cap per event",
             [](A& a) { a.liabilityCap.perYearCents = 1'000'00; },
             {u"liabilityCap.perYearCents"_s}},
            {"insurance cover above zero",
             [](A& a) { a.insuranceCoverCents = 0; },
             {u"insuranceCoverCents"_s}},
            {"a main agreement's date needs its name",
             [](A& a) { a.mainAgreementName = u"  "_s; },
             {u"mainAgreementName"_s}},
            {"a cap in words only in an agreement already signed",
             [](A& a) {
                 a.signingState = SigningState::Sent;
                 a.clientSignatory.date = QDate();
                 a.firmSignatory.date = QDate();
                 a.signedPdf.clear();
                 a.firmSignedPdf.clear();
                 a.liabilityCap.formerText = u"het bedrag dat de verzekering uitkeert"_s;
             },
             {u"liabilityCap.formerText"_s}},
            {"liability currency code",
             [](A& a) { a.liabilityCap.currency = u"euro"_s; },
             {u"liabilityCap.currency"_s}},
            {"change notice not negative",
             [](A& a) { a.changeNoticeDays = -30; },
             {u"changeNoticeDays"_s}},
            {"return period not negative",
             [](A& a) { a.returnDeletionDays = -1; },
             {u"returnDeletionDays"_s}},
            {"Bijlage 1 needs an activity",
             [](A& a) { a.activityIds.clear(); },
             {u"activityIds"_s}},
            {"activity ids unique", [](A& a) { a.activityIds.append(2); }, {u"activityIds[3]"_s}},
            {"countersigned needs the firm's signature date",
             [](A& a) { a.firmSignatory.date = {}; },
             {u"firmSignatory.date"_s}},
            {"countersigned needs the client's signature date",
             [](A& a) { a.clientSignatory.date = {}; },
             {u"clientSignatory.date"_s}},
            {"signed by firm needs the firm's signature date",
             [](A& a) {
                 a.signingState = SigningState::SignedByFirm;
                 a.firmSignatory.date = {};
                 a.clientSignatory = {};
             },
             {u"firmSignatory.date"_s}},
            {"a dated signature names its signatory",
             [](A& a) { a.clientSignatory.name.clear(); },
             {u"clientSignatory.name"_s}},
            {"signed document must be PDF", [](A& a) { a.signedPdf = "<html>"; }, {u"signedPdf"_s}},
            {"signed document at most 20 MiB",
             [](A& a) {
                 a.signedPdf =
                     QByteArray("%PDF-1.7\n") + QByteArray(pr::core::kMaxSignedPdfBytes, ' ');
             },
             {u"signedPdf"_s}},
            {"countersigned keeps the client's PDF or the paper note",
             [](A& a) { a.signedPdf.clear(); },
             {u"signedPdf"_s}},
            {"the firm's signed document must be PDF",
             [](A& a) { a.firmSignedPdf = "<html>"; },
             {u"firmSignedPdf"_s}},
            {"the firm's signed document at most 20 MiB",
             [](A& a) {
                 a.firmSignedPdf =
                     QByteArray("%PDF-1.7\n") + QByteArray(pr::core::kMaxSignedPdfBytes, ' ');
             },
             {u"firmSignedPdf"_s}},
            {"a draft keeps no PDF signed by the firm",
             [](A& a) {
                 a.signingState = SigningState::Draft;
                 a.signedPdf.clear();
             },
             {u"firmSignedPdf"_s}},
            {"a sent agreement keeps no PDF signed by the firm",
             [](A& a) {
                 a.signingState = SigningState::Sent;
                 a.sentDate = QDate(2024, 12, 9);
                 a.signedPdf.clear();
             },
             {u"firmSignedPdf"_s}},
            {"signed on paper only once the client signed",
             [](A& a) {
                 a.signingState = SigningState::SignedByFirm;
                 a.clientSignatory = {};
                 a.signedPdf.clear();
                 a.signedOnPaper = true;
             },
             {u"signedOnPaper"_s}},
        });
}

TEST_CASE("Agreement validation reports every problem at once", "[domain][validation][agreement]")
{
    Agreement value;
    value.signingState = SigningState::Countersigned;
    value.durationMonths = 0;
    CHECK(fieldsOf(validate(value)) == QStringList{u"clientId"_s, u"version"_s, u"startDate"_s,
                                                   u"durationMonths"_s, u"activityIds"_s,
                                                   u"firmSignatory.date"_s,
                                                   u"clientSignatory.date"_s, u"signedPdf"_s});
}

TEST_CASE("The PDF the firm signed is kept only once the firm signed, as a PDF within the limit",
          "[domain][validation][agreement]")
{
    Agreement signedByFirm = validAgreement();
    signedByFirm.signingState = SigningState::SignedByFirm;
    signedByFirm.clientSignatory = {};
    signedByFirm.signedPdf.clear();
    CHECK(fieldsOf(validate(signedByFirm)).isEmpty());

    Agreement terminated = validAgreement();
    terminated.signingState = SigningState::Terminated;
    terminated.endDate = QDate(2025, 12, 31);
    CHECK(fieldsOf(validate(terminated)).isEmpty());

    // The limit itself is still kept.
    signedByFirm.firmSignedPdf = QByteArray(pr::core::kMaxSignedPdfBytes - 5, ' ').prepend("%PDF-");
    CHECK(fieldsOf(validate(signedByFirm)).isEmpty());

    // The firm's PDF is made by the program, not scanned: the advice to scan again does not
    // fit it.
    signedByFirm.firmSignedPdf.append(' ');
    const QList<pr::core::ValidationIssue> tooLarge = validate(signedByFirm);
    REQUIRE(fieldsOf(tooLarge) == QStringList{u"firmSignedPdf"_s});
    CHECK(tooLarge[0].message.contains(u"20 MiB"_s));
    CHECK_FALSE(tooLarge[0].message.contains(u"Scan"_s));

    // The firm's signature is no proof of the client's: a countersigned agreement still needs
    // the client's PDF or the paper note.
    Agreement firmsOnly = validAgreement();
    firmsOnly.signedPdf.clear();
    CHECK(fieldsOf(validate(firmsOnly)) == QStringList{u"signedPdf"_s});
}
