#include "core/domain/validation/SubProcessorValidation.h"

#include "ValidationTestSupport.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::core::SubProcessor;
using pr::core::TransferSafeguard;
using pr::test::checkRules;
using pr::test::fieldsOf;
using Case = pr::test::RuleCase<SubProcessor>;

namespace {

SubProcessor validSubProcessor()
{
    SubProcessor value;
    value.name = u"Opslag Noord B.V."_s;
    value.service = u"Opslag van back-ups"_s;
    value.country = u"Nederland"_s;
    value.dataLocation = u"Groningen"_s;
    value.dpaDate = QDate(2024, 3, 1);
    value.activityIds = {3, 7};
    return value;
}

} // namespace

TEST_CASE("A sub-processor inside the EEA needs no safeguard", "[domain][validation][sub]")
{
    CHECK(fieldsOf(validate(validSubProcessor())).isEmpty());

    SubProcessor outside = validSubProcessor();
    outside.insideEea = false;
    outside.country = u"Verenigde Staten"_s;
    outside.safeguard = TransferSafeguard::StandardClauses;
    CHECK(fieldsOf(validate(outside)).isEmpty());
}

TEST_CASE("Only standard clauses and binding corporate rules need a transfer impact assessment",
          "[domain][validation][sub]")
{
    SubProcessor sub = validSubProcessor();
    sub.safeguard = TransferSafeguard::StandardClauses;
    CHECK_FALSE(needsTransferAssessment(sub)); // inside the EEA: no transfer at all
    sub.insideEea = false;
    CHECK(needsTransferAssessment(sub));
    sub.safeguard = TransferSafeguard::BindingCorporateRules;
    CHECK(needsTransferAssessment(sub));
    sub.safeguard = TransferSafeguard::Adequacy;
    CHECK_FALSE(needsTransferAssessment(sub));
    sub.safeguard = TransferSafeguard::Derogation;
    CHECK_FALSE(needsTransferAssessment(sub));
    sub.safeguard.reset();
    CHECK_FALSE(needsTransferAssessment(sub));
}

TEST_CASE("Each sub-processor rule names its field", "[domain][validation][sub]")
{
    checkRules(validSubProcessor(),
               std::vector<Case>{
                   {"name required", [](SubProcessor& s) { s.name.clear(); }, {u"name"_s}},
                   {"service required", [](SubProcessor& s) { s.service.clear(); }, {u"service"_s}},
                   {"country required", [](SubProcessor& s) { s.country.clear(); }, {u"country"_s}},
                   {"outside the EEA needs a safeguard",
                    [](SubProcessor& s) { s.insideEea = false; },
                    {u"safeguard"_s}},
                   {"an assessment's conclusion needs its date",
                    [](SubProcessor& s) { s.transferAssessmentSummary = u"Geen risico"_s; },
                    {u"transferAssessmentDate"_s}},
                   {"activity ids positive",
                    [](SubProcessor& s) {
                        s.activityIds = {3, 0};
                    },
                    {u"activityIds[1]"_s}},
                   {"activity ids unique",
                    [](SubProcessor& s) {
                        s.activityIds = {3, 7, 3};
                    },
                    {u"activityIds[2]"_s}},
               });
}

TEST_CASE("Sub-processor validation reports every problem at once", "[domain][validation][sub]")
{
    SubProcessor value;
    value.insideEea = false;
    CHECK(fieldsOf(validate(value)) ==
          QStringList{u"name"_s, u"service"_s, u"country"_s, u"safeguard"_s});
}
