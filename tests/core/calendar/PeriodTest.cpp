#include "core/calendar/Period.h"

#include "../../support/ScopedLanguage.h"
#include "../domain/ValidationTestSupport.h"

#include <QLocale>

#include <catch2/catch.hpp>

#include <optional>

using namespace Qt::StringLiterals;
using pr::core::Period;
using Unit = pr::core::Period::Unit;

TEST_CASE("Period::parse reads the stored form", "[calendar][period]")
{
    CHECK(Period::parse(u"28d") == Period{28, Unit::Days});
    CHECK(Period::parse(u"4w") == Period{4, Unit::Weeks});
    CHECK(Period::parse(u"1m") == Period{1, Unit::Months});
    CHECK(Period::parse(u" 4 w ") == Period{4, Unit::Weeks});
    CHECK(Period::parse(u"\t12m\n") == Period{12, Unit::Months});
    CHECK(Period::parse(u"07d") == Period{7, Unit::Days});
    CHECK(Period::parse(u"1d") == Period{1, Unit::Days});
    CHECK(Period::parse(u"1095d") == Period{1095, Unit::Days});
    CHECK(Period::parse(u"156w") == Period{156, Unit::Weeks});
    CHECK(Period::parse(u"36m") == Period{36, Unit::Months});
}

TEST_CASE("Period::parse rejects everything else", "[calendar][period]")
{
    const auto bad =
        GENERATE(u""_s, u" "_s, u"d"_s, u"4"_s, u"0d"_s, u"0w"_s, u"0m"_s, u"1096d"_s, u"157w"_s,
                 u"37m"_s, u"-1d"_s, u"+1d"_s, u"1.5m"_s, u"4x"_s, u"4W"_s, u"4 weeks"_s,
                 u"4 weken"_s, u"4weken"_s, u"1mm"_s, u"4w4d"_s, u"4 w x"_s, u"w4"_s, u"00001d"_s,
                 u"99999999999d"_s, u"\u0664w"_s /* Arabic-Indic four */, u"4\u0077\u0308"_s);
    INFO(bad.toStdString());
    CHECK_FALSE(Period::parse(bad).has_value());
}

TEST_CASE("Period::toString round-trips through parse for every valid period", "[calendar][period]")
{
    CHECK(Period{4, Unit::Weeks}.toString() == u"4w"_s);
    CHECK(Period{28, Unit::Days}.toString() == u"28d"_s);
    CHECK(Period{1, Unit::Months}.toString() == u"1m"_s);
    int failures = 0;
    for (const auto& [unit, max] :
         {std::pair{Unit::Days, Period::kMaxDays}, std::pair{Unit::Weeks, Period::kMaxWeeks},
          std::pair{Unit::Months, Period::kMaxMonths}}) {
        for (int amount = 1; amount <= max; ++amount) {
            const Period period{amount, unit};
            if (!period.isValid() || Period::parse(period.toString()) != period) {
                ++failures;
            }
        }
        if (Period{max + 1, unit}.isValid()) {
            ++failures;
        }
    }
    CHECK(failures == 0);
    CHECK_FALSE(Period{}.isValid());
    CHECK_FALSE(Period{-4, Unit::Weeks}.isValid());
}

TEST_CASE("Period::describe says it in Dutch, singular and plural", "[calendar][period]")
{
    const pr::test::ScopedLanguage dutch("nl");
    CHECK(Period{4, Unit::Weeks}.describe() == u"4 weken"_s);
    CHECK(Period{1, Unit::Weeks}.describe() == u"1 week"_s);
    CHECK(Period{1, Unit::Months}.describe() == u"1 maand"_s);
    CHECK(Period{3, Unit::Months}.describe() == u"3 maanden"_s);
    CHECK(Period{1, Unit::Days}.describe() == u"1 dag"_s);
    CHECK(Period{28, Unit::Days}.describe() == u"28 dagen"_s);
}

TEST_CASE("Period::describe without a translation gives the English source text",
          "[calendar][period]")
{
    // English loads no translator, so Qt's numerus source form shows; an English plural-only
    // translation would turn this into "4 weeks".
    CHECK(Period{4, Unit::Weeks}.describe() == u"4 week(s)"_s);
    CHECK(Period{1, Unit::Months}.describe() == u"1 month(s)"_s);
    const pr::test::ScopedLanguage english("en");
    CHECK(Period{28, Unit::Days}.describe() == u"28 day(s)"_s);
}

TEST_CASE("ScopedLanguage removes the Dutch translation again", "[calendar][period]")
{
    {
        const pr::test::ScopedLanguage dutch("nl");
        CHECK(Period{2, Unit::Days}.describe() == u"2 dagen"_s);
        CHECK(QLocale().language() == QLocale::Dutch);
    }
    CHECK(Period{2, Unit::Days}.describe() == u"2 day(s)"_s);
    CHECK(QLocale().language() != QLocale::Dutch);
}
