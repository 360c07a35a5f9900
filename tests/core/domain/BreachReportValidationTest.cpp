// The facts of the AP's notification form on a breach: timeline, ranges, the final report, the
// risk with its reasoning and the ground for not telling the people.

#include "ValidationTestSupport.h"
#include "core/domain/validation/BreachValidation.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::core::ApNotification;
using pr::core::Breach;
using pr::core::BreachNature;
using pr::core::BreachRisk;
using pr::core::NotificationPhase;
using pr::core::NotInformedGround;
using pr::test::checkRules;
using pr::test::fieldsOf;
using Case = pr::test::RuleCase<Breach>;

namespace {

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2025, 3, day), QTime(hour, 0), Qt::UTC);
}

// Mail to the wrong recipient, every form fact filled in, reported in two phases.
Breach completeBreach()
{
    Breach value;
    value.discoveredAt = at(10, 9);
    value.startedAt = at(9, 16);
    value.endedAt = at(10, 12);
    value.natures = {BreachNature::WrongRecipient};
    value.description = u"Salarisoverzicht naar de verkeerde medewerker gemaild"_s;
    value.approxSubjectCount = 1;
    value.maxSubjectCount = 3;
    value.approxRecordCount = 1;
    value.maxRecordCount = 1;
    value.unintelligible = false;
    value.risk = BreachRisk::Risk;
    value.riskReasoning = u"Financiële gegevens"_s;
    value.apNotified = true;
    value.apNotifications = {{NotificationPhase::Initial, at(11, 14), u"Eerste"_s},
                             {NotificationPhase::FollowUp, at(20, 10), u"Slot"_s, true}};
    value.subjectsInformed = false;
    value.subjectsNotInformedReason = u"Geen hoog risico"_s;
    value.subjectsNotInformedGround = NotInformedGround::NoHighRisk;
    return value;
}

} // namespace

TEST_CASE("A breach with every fact of the AP's form has no issues", "[domain][validation][breach]")
{
    CHECK(fieldsOf(validate(completeBreach())).isEmpty());

    // Still going on, without an end; unknown start; an exact count.
    Breach ongoing = completeBreach();
    ongoing.endedAt = {};
    ongoing.ongoing = true;
    ongoing.startedAt = {};
    ongoing.maxSubjectCount = 1;
    CHECK(fieldsOf(validate(ongoing)).isEmpty());

    // Encrypted, and so no letter to the people under art. 34(3)(a).
    Breach encrypted = completeBreach();
    encrypted.unintelligible = true;
    encrypted.protection = u"AES-256, sleutel niet gelekt"_s;
    encrypted.risk = BreachRisk::High;
    encrypted.subjectsNotInformedGround = NotInformedGround::Unintelligible;
    CHECK(fieldsOf(validate(encrypted)).isEmpty());
}

TEST_CASE("Each rule of the AP's form facts names its field", "[domain][validation][breach]")
{
    using B = Breach;
    checkRules(
        completeBreach(),
        std::vector<Case>{
            {"start not after discovery", [](B& b) { b.startedAt = at(10, 10); }, {u"startedAt"_s}},
            {"end not before start", [](B& b) { b.endedAt = at(9, 15); }, {u"endedAt"_s}},
            {"no end while ongoing", [](B& b) { b.ongoing = true; }, {u"endedAt"_s}},
            {"most people not below least",
             [](B& b) { b.maxSubjectCount = 0; },
             {u"maxSubjectCount"_s}},
            {"most records not negative",
             [](B& b) {
                 b.approxRecordCount.reset();
                 b.maxRecordCount = -1;
             },
             {u"maxRecordCount"_s}},
            {"only the last report is final",
             [](B& b) { b.apNotifications[0].final = true; },
             {u"apNotifications[0].final"_s}},
            {"a risk needs its reasoning",
             [](B& b) { b.riskReasoning = u" "_s; },
             {u"riskReasoning"_s}},
            {"unintelligible says how", [](B& b) { b.unintelligible = true; }, {u"protection"_s}},
            {"a ground only for people not informed",
             [](B& b) {
                 b.subjectsInformed = true;
                 b.subjectsInformedDate = QDate(2025, 3, 12);
             },
             {u"subjectsNotInformedGround"_s}},
            {"no 'no high risk' at a high risk",
             [](B& b) { b.risk = BreachRisk::High; },
             {u"subjectsNotInformedGround"_s}},
            {"'unintelligible' not for data that was not",
             [](B& b) { b.subjectsNotInformedGround = NotInformedGround::Unintelligible; },
             {u"subjectsNotInformedGround"_s}},
        });
}
