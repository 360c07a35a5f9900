#include "core/domain/validation/DataSubjectRequestValidation.h"

#include "ValidationTestSupport.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::core::DataSubjectRequest;
using pr::core::RequestExtension;
using pr::core::RequestStatus;
using pr::test::checkRules;
using pr::test::fieldsOf;
using Case = pr::test::RuleCase<DataSubjectRequest>;

namespace {

// Received on Friday 31 January 2025: the first month ends on Friday 28 February, the last
// day on which an extension can be announced.
DataSubjectRequest validRequest()
{
    DataSubjectRequest value;
    value.reference = u"2025-001"_s;
    value.requesterName = u"P. Smit"_s;
    value.requesterContact = u"p.smit@example.nl"_s;
    value.right = pr::core::DataSubjectRight::Erasure;
    value.receivedDate = QDate(2025, 1, 31);
    value.identityRequestedDate = QDate(2025, 2, 3);
    value.identityVerifiedDate = QDate(2025, 2, 5);
    value.idCopyDestroyedDate = QDate(2025, 2, 5);
    value.clientId = 2;
    value.clientInformedDate = QDate(2025, 1, 31);
    value.status = RequestStatus::Answered;
    value.extension = RequestExtension{QDate(2025, 2, 28), u"Gegevens bij drie klanten"_s};
    value.answeredDate = QDate(2025, 4, 10);
    value.outcome = u"Gegevens verwijderd"_s;
    return value;
}

} // namespace

TEST_CASE("Valid data-subject requests have no issues", "[domain][validation][request]")
{
    CHECK(fieldsOf(validate(validRequest())).isEmpty());

    DataSubjectRequest fresh;
    fresh.requesterContact = u"iemand@example.nl"_s;
    fresh.receivedDate = QDate(2025, 5, 1);
    CHECK(fieldsOf(validate(fresh)).isEmpty());

    DataSubjectRequest refused = validRequest();
    refused.status = RequestStatus::Refused;
    refused.refusalReason = u"Identiteit niet vast te stellen"_s;
    CHECK(fieldsOf(validate(refused)).isEmpty());
}

TEST_CASE("Each data-subject request rule names its field", "[domain][validation][request]")
{
    using R = DataSubjectRequest;
    checkRules(
        validRequest(),
        std::vector<Case>{
            {"a name or a contact required",
             [](R& r) {
                 r.requesterName.clear();
                 r.requesterContact = u"  "_s;
             },
             {u"requesterName"_s}},
            {"received date required",
             [](R& r) {
                 r.receivedDate = {};
                 r.extension.reset();
             },
             {u"receivedDate"_s}},
            {"identity asked for before receipt",
             [](R& r) { r.identityRequestedDate = QDate(2025, 1, 30); },
             {u"identityRequestedDate"_s}},
            {"identity verified before receipt",
             [](R& r) {
                 r.identityRequestedDate = {};
                 r.identityVerifiedDate = QDate(2025, 1, 20);
                 r.idCopyDestroyedDate = {};
             },
             {u"identityVerifiedDate"_s}},
            {"identity verified before it was asked for",
             [](R& r) { r.identityVerifiedDate = QDate(2025, 2, 1); },
             {u"identityVerifiedDate"_s}},
            {"ID copy destroyed before it was asked for",
             [](R& r) { r.idCopyDestroyedDate = QDate(2025, 2, 2); },
             {u"idCopyDestroyedDate"_s}},
            {"ID copy destroyed before receipt",
             [](R& r) {
                 r.identityRequestedDate = {};
                 r.idCopyDestroyedDate = QDate(2025, 1, 2);
             },
             {u"idCopyDestroyedDate"_s}},
            {"client id not negative", [](R& r) { r.clientId = -1; }, {u"clientId"_s}},
            {"client informed needs a client",
             [](R& r) { r.clientId = 0; },
             {u"clientInformedDate"_s}},
            {"client informed before receipt",
             [](R& r) { r.clientInformedDate = QDate(2025, 1, 30); },
             {u"clientInformedDate"_s}},
            {"extension needs a reason",
             [](R& r) { r.extension->reason.clear(); },
             {u"extension.reason"_s}},
            {"extension needs the date it was told",
             [](R& r) { r.extension->toldOn = {}; },
             {u"extension.toldOn"_s}},
            {"extension told before receipt",
             [](R& r) { r.extension->toldOn = QDate(2025, 1, 1); },
             {u"extension.toldOn"_s}},
            {"extension told after the first month",
             [](R& r) { r.extension->toldOn = QDate(2025, 3, 3); },
             {u"extension.toldOn"_s}},
            {"answered before receipt",
             [](R& r) { r.answeredDate = QDate(2025, 1, 30); },
             {u"answeredDate"_s}},
            {"answered needs its date", [](R& r) { r.answeredDate = {}; }, {u"answeredDate"_s}},
            {"an answer date closes the request",
             [](R& r) { r.status = RequestStatus::InProgress; },
             {u"status"_s}},
            {"refused needs the reason",
             [](R& r) { r.status = RequestStatus::Refused; },
             {u"refusalReason"_s}},
        });
}

TEST_CASE("The extension deadline follows the legal one-month deadline",
          "[domain][validation][request]")
{
    // Received Friday 28 March 2025: one month ends on Monday 28 April, which is a working
    // day; told on the 28th is in time, on the 29th too late.
    DataSubjectRequest value;
    value.requesterName = u"R. Visser"_s;
    value.receivedDate = QDate(2025, 3, 28);
    value.status = RequestStatus::InProgress;
    value.extension = RequestExtension{QDate(2025, 4, 28), u"Veel gegevens"_s};
    CHECK(fieldsOf(validate(value)).isEmpty());
    value.extension->toldOn = QDate(2025, 4, 29);
    CHECK(fieldsOf(validate(value)) == QStringList{u"extension.toldOn"_s});

    // Received Friday 27 March 2026: the month ends on Monday 27 April, Koningsdag, and so
    // moves to Tuesday 28 April.
    value.receivedDate = QDate(2026, 3, 27);
    value.extension->toldOn = QDate(2026, 4, 28);
    CHECK(fieldsOf(validate(value)).isEmpty());
    value.extension->toldOn = QDate(2026, 4, 29);
    CHECK(fieldsOf(validate(value)) == QStringList{u"extension.toldOn"_s});
}

TEST_CASE("Data-subject request validation reports every problem at once",
          "[domain][validation][request]")
{
    DataSubjectRequest value;
    value.status = RequestStatus::Refused;
    value.extension = RequestExtension{};
    CHECK(fieldsOf(validate(value)) == QStringList{u"requesterName"_s, u"receivedDate"_s,
                                                   u"extension.reason"_s, u"extension.toldOn"_s,
                                                   u"answeredDate"_s, u"refusalReason"_s});
}

TEST_CASE("A ground of refusal belongs to a refusal and fits the right; a doubt to an identity "
          "check",
          "[domain][validation][request]")
{
    DataSubjectRequest refused = validRequest(); // an erasure request
    refused.status = RequestStatus::Refused;
    refused.refusalReason = u"Fiscale bewaarplicht"_s;
    refused.refusalGround = pr::core::RefusalGround::LegalObligation;
    CHECK(fieldsOf(validate(refused)).isEmpty());
    // Art. 21(1) cannot refuse an erasure.
    refused.refusalGround = pr::core::RefusalGround::CompellingGrounds;
    CHECK(fieldsOf(validate(refused)) == QStringList{u"refusalGround"_s});

    DataSubjectRequest answered = validRequest();
    answered.refusalGround = pr::core::RefusalGround::LegalObligation;
    CHECK(fieldsOf(validate(answered)) == QStringList{u"refusalGround"_s});

    DataSubjectRequest notAsked = validRequest();
    notAsked.identityDoubt = u"Onbekend adres"_s;
    CHECK(fieldsOf(validate(notAsked)).isEmpty()); // asked on 3 February
    notAsked.identityRequestedDate = QDate();
    notAsked.identityVerifiedDate = QDate();
    notAsked.idCopyDestroyedDate = QDate();
    CHECK(fieldsOf(validate(notAsked)) == QStringList{u"identityDoubt"_s});
    // The notes, the copy and the informed recipients are free text without rules.
    DataSubjectRequest notes = validRequest();
    notes.notes = u"Alleen voor het dossier"_s;
    notes.copyProvided = u"Per post"_s;
    notes.recipientsInformed = u"De boekhouder"_s;
    CHECK(fieldsOf(validate(notes)).isEmpty());
}
