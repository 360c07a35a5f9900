#include "core/domain/RetentionPeriod.h"

#include "../../support/ScopedLanguage.h"
#include "../calendar/DateStringMakers.h"
#include "ValidationTestSupport.h"

#include <catch2/catch.hpp>

#include <optional>

using namespace Qt::StringLiterals;
using pr::core::RetentionKind;
using pr::core::RetentionPeriod;
using pr::core::RetentionTrigger;
using pr::core::RetentionUnit;

namespace {

RetentionPeriod fixed(int amount, RetentionUnit unit,
                      RetentionTrigger trigger = RetentionTrigger::Collection)
{
    RetentionPeriod period;
    period.kind = RetentionKind::Fixed;
    period.amount = amount;
    period.unit = unit;
    period.trigger = trigger;
    return period;
}

} // namespace

TEST_CASE("Retention due dates in days and weeks", "[domain][retention]")
{
    CHECK(fixed(30, RetentionUnit::Days).deletionDueDate(QDate(2025, 1, 15)) == QDate(2025, 2, 14));
    CHECK(fixed(1, RetentionUnit::Days).deletionDueDate(QDate(2024, 12, 31)) == QDate(2025, 1, 1));
    CHECK(fixed(4, RetentionUnit::Weeks).deletionDueDate(QDate(2025, 2, 3)) == QDate(2025, 3, 3));
}

TEST_CASE("Retention due dates in months keep the day or take the month's last",
          "[domain][retention]")
{
    CHECK(fixed(1, RetentionUnit::Months).deletionDueDate(QDate(2025, 3, 15)) ==
          QDate(2025, 4, 15));
    CHECK(fixed(1, RetentionUnit::Months).deletionDueDate(QDate(2025, 1, 31)) ==
          QDate(2025, 2, 28));
    CHECK(fixed(1, RetentionUnit::Months).deletionDueDate(QDate(2024, 1, 31)) ==
          QDate(2024, 2, 29));
    CHECK(fixed(1, RetentionUnit::Months).deletionDueDate(QDate(2025, 3, 31)) ==
          QDate(2025, 4, 30));
    CHECK(fixed(6, RetentionUnit::Months).deletionDueDate(QDate(2025, 8, 31)) ==
          QDate(2026, 2, 28));
    // Not moved to a working day: deletion is no legal deadline under Regulation 1182/71.
    CHECK(fixed(1, RetentionUnit::Months).deletionDueDate(QDate(2025, 11, 25)) ==
          QDate(2025, 12, 25));
}

TEST_CASE("Retention due dates in years count twelve months", "[domain][retention]")
{
    // The fiscal seven years from the end of the financial year.
    const RetentionPeriod fiscal =
        fixed(7, RetentionUnit::Years, RetentionTrigger::EndOfFinancialYear);
    CHECK(fiscal.deletionDueDate(QDate(2024, 12, 31)) == QDate(2031, 12, 31));
    CHECK(fixed(1, RetentionUnit::Years).deletionDueDate(QDate(2024, 2, 29)) == QDate(2025, 2, 28));
    CHECK(fixed(4, RetentionUnit::Years).deletionDueDate(QDate(2024, 2, 29)) == QDate(2028, 2, 29));
    CHECK(fixed(100, RetentionUnit::Years).deletionDueDate(QDate(2025, 6, 1)) == QDate(2125, 6, 1));
    CHECK(fixed(2, RetentionUnit::Years).deletionDueDate(QDate(2025, 6, 1)) ==
          fixed(24, RetentionUnit::Months).deletionDueDate(QDate(2025, 6, 1)));
}

TEST_CASE("Retention without a computable end gives no due date", "[domain][retention]")
{
    RetentionPeriod agreement;
    agreement.kind = RetentionKind::DurationOfAgreement;
    CHECK_FALSE(agreement.deletionDueDate(QDate(2025, 1, 1)).has_value());
    CHECK_FALSE(RetentionPeriod{}.deletionDueDate(QDate(2025, 1, 1)).has_value());
    CHECK_FALSE(fixed(0, RetentionUnit::Months).deletionDueDate(QDate(2025, 1, 1)).has_value());
    CHECK_FALSE(fixed(-1, RetentionUnit::Days).deletionDueDate(QDate(2025, 1, 1)).has_value());
    CHECK_FALSE(fixed(101, RetentionUnit::Years).deletionDueDate(QDate(2025, 1, 1)).has_value());
    CHECK_FALSE(fixed(1, RetentionUnit::Years).deletionDueDate(QDate()).has_value());
    CHECK(fixed(RetentionPeriod::maxAmount(RetentionUnit::Days), RetentionUnit::Days)
              .deletionDueDate(QDate(2025, 1, 1))
              .has_value());
}

TEST_CASE("Retention describes itself in Dutch", "[domain][retention]")
{
    const pr::test::ScopedLanguage dutch("nl");
    CHECK(fixed(7, RetentionUnit::Years, RetentionTrigger::EndOfFinancialYear).describe() ==
          u"7 jaar na einde boekjaar"_s);
    CHECK(fixed(1, RetentionUnit::Months).describe() == u"1 maand na verkrijging"_s);
    CHECK(fixed(2, RetentionUnit::Weeks, RetentionTrigger::RequestHandled).describe() ==
          u"2 weken na afhandeling"_s);
    CHECK(fixed(1, RetentionUnit::Days, RetentionTrigger::Other).describe() == u"1 dag"_s);
    RetentionPeriod agreement;
    agreement.kind = RetentionKind::DurationOfAgreement;
    CHECK(agreement.describe() == u"zolang de overeenkomst loopt"_s);
    CHECK(RetentionPeriod{}.describe().isEmpty());
}

TEST_CASE("Retention describes itself in English without a translation", "[domain][retention]")
{
    CHECK(fixed(7, RetentionUnit::Years, RetentionTrigger::EndOfFinancialYear).describe() ==
          u"7 year(s) after the end of the financial year"_s);
    CHECK(fixed(3, RetentionUnit::Months, RetentionTrigger::EndOfAgreement).describe() ==
          u"3 month(s) after the end of the agreement"_s);
    RetentionPeriod agreement;
    agreement.kind = RetentionKind::DurationOfAgreement;
    CHECK(agreement.describe() == u"as long as the agreement runs"_s);
}
