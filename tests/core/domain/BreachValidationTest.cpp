#include "core/domain/validation/BreachValidation.h"

#include "ValidationTestSupport.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::core::ApNotification;
using pr::core::Breach;
using pr::core::NotificationPhase;
using pr::test::checkRules;
using pr::test::fieldsOf;
using Case = pr::test::RuleCase<Breach>;

namespace {

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2025, 3, day), QTime(hour, 0), Qt::UTC);
}

// A lost laptop with client data, reported to the AP in two phases.
Breach validBreach()
{
    Breach value;
    value.reference = u"DL-2025-01"_s;
    value.discoveredAt = at(10, 9);
    value.description = u"Laptop van een monteur gestolen uit de bus"_s;
    value.dataCategories = {u"Contactgegevens"_s, u"Inloggegevens"_s};
    value.dataSubjectCategories = {u"Medewerkers van klanten"_s};
    value.approxSubjectCount = 40;
    value.approxRecordCount = 0;
    value.likelyConsequences = u"Misbruik van accounts"_s;
    value.measuresTaken = u"Wachtwoorden gewijzigd, laptop op afstand gewist"_s;
    value.apNotified = true;
    value.apReference = u"M-123456"_s;
    value.apNotifications = {{NotificationPhase::Initial, at(11, 14), u"Eerste melding"_s},
                             {NotificationPhase::FollowUp, at(20, 10), u"Aantal bekend"_s}};
    value.subjectsInformed = true;
    value.subjectsInformedDate = QDate(2025, 3, 12);
    value.clientId = 3;
    value.clientNotifiedAt = at(10, 11);
    return value;
}

} // namespace

TEST_CASE("Valid breaches have no issues", "[domain][validation][breach]")
{
    CHECK(fieldsOf(validate(validBreach())).isEmpty());

    // Just discovered: nothing decided yet, which is not a problem.
    Breach fresh;
    fresh.discoveredAt = at(10, 9);
    fresh.description = u"Mail met bijlage naar de verkeerde klant"_s;
    CHECK(fieldsOf(validate(fresh)).isEmpty());

    Breach notReported = fresh;
    notReported.apNotified = false;
    notReported.apNotNotifiedReason = u"Versleutelde bijlage, geen risico"_s;
    notReported.subjectsInformed = false;
    notReported.subjectsNotInformedReason = u"Geen risico"_s;
    CHECK(fieldsOf(validate(notReported)).isEmpty());

    // As processor the client decides on the report to the AP: "not reported" needs no reason
    // of the firm's own, and neither does leaving it undecided.
    Breach forClient = fresh;
    forClient.clientId = 3;
    CHECK(fieldsOf(validate(forClient)).isEmpty());
    forClient.apNotified = false;
    CHECK(fieldsOf(validate(forClient)).isEmpty());
}

TEST_CASE("Each breach rule names its field", "[domain][validation][breach]")
{
    using B = Breach;
    checkRules(
        validBreach(),
        std::vector<Case>{
            {"discovery required", [](B& b) { b.discoveredAt = {}; }, {u"discoveredAt"_s}},
            {"description required", [](B& b) { b.description.clear(); }, {u"description"_s}},
            {"no empty data category",
             [](B& b) { b.dataCategories.append(u" "_s); },
             {u"dataCategories[2]"_s}},
            {"no repeated subject category",
             [](B& b) { b.dataSubjectCategories.append(u"medewerkers van klanten"_s); },
             {u"dataSubjectCategories[1]"_s}},
            {"subject count not negative",
             [](B& b) { b.approxSubjectCount = -1; },
             {u"approxSubjectCount"_s}},
            {"record count not negative",
             [](B& b) { b.approxRecordCount = -5; },
             {u"approxRecordCount"_s}},
            {"reported needs the report",
             [](B& b) { b.apNotifications.clear(); },
             {u"apNotifications"_s}},
            {"AP report not before discovery",
             [](B& b) { b.apNotifications[0].at = at(10, 8); },
             {u"apNotifications[0].at"_s}},
            {"AP report needs its time",
             [](B& b) { b.apNotifications[1].at = {}; },
             {u"apNotifications[1].at"_s}},
            {"follow-up not before the report before it",
             [](B& b) { b.apNotifications[1].at = at(11, 12); },
             {u"apNotifications[1].at"_s}},
            {"first report is the initial one",
             [](B& b) { b.apNotifications[0].phase = NotificationPhase::FollowUp; },
             {u"apNotifications[0].phase"_s}},
            {"only one initial report",
             [](B& b) { b.apNotifications[1].phase = NotificationPhase::Initial; },
             {u"apNotifications[1].phase"_s}},
            {"own data not reported needs the reason",
             [](B& b) {
                 b.clientId = 0;
                 b.clientNotifiedAt = {};
                 b.apNotified = false;
                 b.apNotifications.clear();
             },
             {u"apNotNotifiedReason"_s}},
            {"not reported lists no reports",
             [](B& b) {
                 b.apNotified = false;
                 b.apNotNotifiedReason = u"Geen risico"_s;
             },
             {u"apNotifications"_s}},
            {"informed needs the date",
             [](B& b) { b.subjectsInformedDate = {}; },
             {u"subjectsInformedDate"_s}},
            {"informed not before discovery",
             [](B& b) { b.subjectsInformedDate = QDate(2025, 3, 9); },
             {u"subjectsInformedDate"_s}},
            {"not informed needs the reason",
             [](B& b) { b.subjectsInformed = false; },
             {u"subjectsNotInformedReason"_s}},
            {"client id not negative", [](B& b) { b.clientId = -3; }, {u"clientId"_s}},
            {"client notified needs a client",
             [](B& b) { b.clientId = 0; },
             {u"clientNotifiedAt"_s}},
            {"client notified not before discovery",
             [](B& b) { b.clientNotifiedAt = at(9, 23); },
             {u"clientNotifiedAt"_s}},
        });
}

TEST_CASE("Breach validation reports every problem at once", "[domain][validation][breach]")
{
    Breach value;
    value.approxSubjectCount = -1;
    value.apNotified = true;
    value.subjectsInformed = false;
    CHECK(fieldsOf(validate(value)) == QStringList{u"discoveredAt"_s, u"description"_s,
                                                   u"approxSubjectCount"_s, u"apNotifications"_s,
                                                   u"subjectsNotInformedReason"_s});
}
