#include "core/domain/validation/SecurityMeasureValidation.h"

#include "ValidationTestSupport.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::core::SecurityMeasure;
using pr::test::checkRules;
using pr::test::fieldsOf;
using Case = pr::test::RuleCase<SecurityMeasure>;

namespace {

SecurityMeasure validMeasure()
{
    SecurityMeasure value;
    value.category = pr::core::SecurityCategory::Physical;
    value.title = u"Afgesloten serverruimte"_s;
    value.description = u"De servers staan achter een deur die op slot zit."_s;
    value.status = pr::core::MeasureStatus::Planned;
    return value;
}

} // namespace

TEST_CASE("A security measure with title and description is valid", "[domain][validation][measure]")
{
    CHECK(fieldsOf(validate(validMeasure())).isEmpty());
}

TEST_CASE("Each security measure rule names its field", "[domain][validation][measure]")
{
    checkRules(validMeasure(),
               std::vector<Case>{
                   {"title required", [](SecurityMeasure& m) { m.title = u"\t"_s; }, {u"title"_s}},
                   {"description required",
                    [](SecurityMeasure& m) { m.description.clear(); },
                    {u"description"_s}},
                   {"only a planned measure has a planned date",
                    [](SecurityMeasure& m) {
                        m.status = pr::core::MeasureStatus::InPlace;
                        m.plannedDate = QDate(2027, 1, 1);
                    },
                    {u"plannedDate"_s}},
               });
    CHECK(fieldsOf(validate(SecurityMeasure{})) == QStringList{u"title"_s, u"description"_s});
}
