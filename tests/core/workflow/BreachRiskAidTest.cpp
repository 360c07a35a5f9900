// The decision aid proposes a risk level from the answers; unknown answers never lower it.

#include "core/workflow/BreachRiskAid.h"

#include <catch2/catch.hpp>

using pr::core::Breach;
using pr::core::BreachRisk;
using pr::core::BreachRiskAid;
using pr::core::BreachRiskAnswers;

TEST_CASE("The decision aid proposes a risk level from the answers", "[workflow][breach]")
{
    BreachRiskAnswers answers;
    SECTION("nothing known yet: a risk, and it says why")
    {
        const auto advice = BreachRiskAid::advise(answers);
        CHECK(advice.personalDataBreach);
        CHECK(advice.risk == BreachRisk::Risk);
        CHECK(advice.reasons.size() == 3);
    }
    SECTION("no personal data: no personal data breach")
    {
        answers.personalData = false;
        const auto advice = BreachRiskAid::advise(answers);
        CHECK_FALSE(advice.personalDataBreach);
        CHECK(advice.risk == BreachRisk::None);
    }
    SECTION("encrypted with the key safe: unlikely, even for health data")
    {
        answers.personalData = true;
        answers.unintelligible = true;
        answers.sensitive = true;
        CHECK(BreachRiskAid::advise(answers).risk == BreachRisk::None);
        // Unless the data is gone for good: encryption does not bring it back.
        answers.harmUndone = false;
        CHECK(BreachRiskAid::advise(answers).risk == BreachRisk::High);
    }
    SECTION("a trusted recipient deleted it: unlikely, but only when all is known")
    {
        answers.personalData = true;
        answers.harmUndone = true;
        CHECK(BreachRiskAid::advise(answers).risk == BreachRisk::Risk);
        answers.illIntent = false;
        answers.sensitive = false;
        CHECK(BreachRiskAid::advise(answers).risk == BreachRisk::None);
    }
    SECTION("sensitive data or ill intent: high")
    {
        answers.personalData = true;
        answers.unintelligible = false;
        answers.illIntent = true;
        CHECK(BreachRiskAid::advise(answers).risk == BreachRisk::High);
        answers.illIntent = false;
        answers.sensitive = true;
        answers.people = 5000;
        const auto advice = BreachRiskAid::advise(answers);
        CHECK(advice.risk == BreachRisk::High);
        CHECK(advice.reasons.size() == 3);
    }
    SECTION("exposed, not sensitive, nobody with ill intent, not undone: a risk")
    {
        answers.personalData = true;
        answers.unintelligible = false;
        answers.sensitive = false;
        answers.illIntent = false;
        answers.harmUndone = false;
        const auto advice = BreachRiskAid::advise(answers);
        CHECK(advice.risk == BreachRisk::Risk);
        CHECK(advice.reasons.size() == 2);
        CHECK(
            advice.reasons.last().contains(QStringLiteral("the breach to the AP within 72 hours")));
        // As processor: no advice on the AP, the client decides.
        answers.processor = true;
        const auto processor = BreachRiskAid::advise(answers);
        CHECK(processor.risk == BreachRisk::Risk);
        CHECK(processor.reasons.last().contains(QStringLiteral("the client, as controller")));
        CHECK_FALSE(processor.reasons.join(QString()).contains(QStringLiteral("72 hours")));
    }
}

TEST_CASE("The decision aid starts from what the breach records", "[workflow][breach]")
{
    Breach breach;
    breach.unintelligible = true;
    breach.specialCategories = pr::core::SpecialCategory::Bsn;
    breach.approxSubjectCount = 10;
    breach.maxSubjectCount = 40;
    const BreachRiskAnswers answers = BreachRiskAnswers::of(breach);
    CHECK(answers.unintelligible == true);
    CHECK(answers.sensitive == true);
    CHECK(answers.people == 40);
    CHECK_FALSE(answers.personalData);
    CHECK_FALSE(answers.processor);
    CHECK(BreachRiskAnswers::of(Breach{}).sensitive == std::nullopt);
    breach.clientId = 2;
    CHECK(BreachRiskAnswers::of(breach).processor);
}
