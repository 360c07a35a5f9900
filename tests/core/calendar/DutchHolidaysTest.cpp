#include "core/calendar/DutchHolidays.h"

#include "../../support/ScopedLanguage.h"
#include "../domain/ValidationTestSupport.h"
#include "DateStringMakers.h"

#include <QStringList>

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;
using pr::core::easterSunday;
using pr::core::isPublicHoliday;
using pr::core::isWorkingDay;
using pr::core::publicHolidays;

namespace {

// Gauss's Easter algorithm with its two exceptions: a different method from the computus in
// DutchHolidays.cpp, so that the two agreeing over thousands of years means something.
QDate gaussEaster(int year)
{
    const int a = year % 19;
    const int b = year % 4;
    const int c = year % 7;
    const int k = year / 100;
    const int p = (13 + 8 * k) / 25;
    const int q = k / 4;
    const int m = (15 - p + k - q) % 30;
    const int n = (4 + k - q) % 7;
    const int d = (19 * a + m) % 30;
    const int e = (2 * b + 4 * c + 6 * d + n) % 7;
    if (d == 29 && e == 6) {
        return QDate(year, 4, 19);
    }
    if (d == 28 && e == 6 && (11 * m + 11) % 30 < 19) {
        return QDate(year, 4, 18);
    }
    return QDate(year, 3, 22).addDays(d + e);
}

} // namespace

TEST_CASE("Easter Sunday matches a published table for 2000-2035", "[calendar][holidays]")
{
    // Checked against python-dateutil's easter() and published church calendars.
    const std::vector<QDate> expected{
        {2000, 4, 23}, {2001, 4, 15}, {2002, 3, 31}, {2003, 4, 20}, {2004, 4, 11}, {2005, 3, 27},
        {2006, 4, 16}, {2007, 4, 8},  {2008, 3, 23}, {2009, 4, 12}, {2010, 4, 4},  {2011, 4, 24},
        {2012, 4, 8},  {2013, 3, 31}, {2014, 4, 20}, {2015, 4, 5},  {2016, 3, 27}, {2017, 4, 16},
        {2018, 4, 1},  {2019, 4, 21}, {2020, 4, 12}, {2021, 4, 4},  {2022, 4, 17}, {2023, 4, 9},
        {2024, 3, 31}, {2025, 4, 20}, {2026, 4, 5},  {2027, 3, 28}, {2028, 4, 16}, {2029, 4, 1},
        {2030, 4, 21}, {2031, 4, 13}, {2032, 3, 28}, {2033, 4, 17}, {2034, 4, 9},  {2035, 3, 25},
    };
    for (const QDate& easter : expected) {
        INFO(easter.year());
        CHECK(easterSunday(easter.year()) == easter);
    }
}

TEST_CASE("Easter Sunday at the edges of its range", "[calendar][holidays]")
{
    CHECK(easterSunday(2038) == QDate(2038, 4, 25)); // the latest possible date
    CHECK(easterSunday(2285) == QDate(2285, 3, 22)); // the earliest possible date
    CHECK(easterSunday(1818) == QDate(1818, 3, 22));
    CHECK(easterSunday(1583) == QDate(1583, 4, 10));
    CHECK_FALSE(easterSunday(1582).isValid());
}

TEST_CASE("Easter Sunday agrees with Gauss's method for every Gregorian year",
          "[calendar][holidays]")
{
    std::vector<int> mismatches;
    for (int year = 1583; year <= 9999; ++year) {
        const QDate easter = easterSunday(year);
        if (easter != gaussEaster(year) || easter.dayOfWeek() != Qt::Sunday ||
            easter < QDate(year, 3, 22) || easter > QDate(year, 4, 25)) {
            mismatches.push_back(year);
        }
    }
    CHECK(mismatches.empty());
}

TEST_CASE("The public holidays of 2026, named in Dutch", "[calendar][holidays]")
{
    const pr::test::ScopedLanguage dutch("nl");
    const std::vector<std::pair<QDate, QString>> expected{
        {{2026, 1, 1}, u"Nieuwjaarsdag"_s},     {{2026, 4, 6}, u"Tweede Paasdag"_s},
        {{2026, 4, 27}, u"Koningsdag"_s},       {{2026, 5, 5}, u"Bevrijdingsdag"_s},
        {{2026, 5, 14}, u"Hemelvaartsdag"_s},   {{2026, 5, 25}, u"Tweede Pinksterdag"_s},
        {{2026, 12, 25}, u"Eerste Kerstdag"_s}, {{2026, 12, 26}, u"Tweede Kerstdag"_s},
    };
    const auto holidays = publicHolidays(2026);
    REQUIRE(holidays.size() == static_cast<qsizetype>(expected.size()));
    for (qsizetype i = 0; i < holidays.size(); ++i) {
        const auto& [date, name] = expected[static_cast<size_t>(i)];
        CHECK(holidays[i].date == date);
        CHECK(holidays[i].name == name);
    }
}

TEST_CASE("The public holidays of 2026, named in English", "[calendar][holidays]")
{
    const QStringList expected{u"New Year's Day"_s, u"Easter Monday"_s, u"King's Day"_s,
                               u"Liberation Day"_s, u"Ascension Day"_s, u"Whit Monday"_s,
                               u"Christmas Day"_s,  u"Boxing Day"_s};
    QStringList names;
    for (const auto& holiday : publicHolidays(2026)) {
        names.append(holiday.name);
    }
    CHECK(names == expected);
}

TEST_CASE("Goede Vrijdag, Easter Sunday and Whit Sunday are not listed", "[calendar][holidays]")
{
    CHECK_FALSE(isPublicHoliday(QDate(2026, 4, 3))); // Goede Vrijdag
    CHECK(isWorkingDay(QDate(2026, 4, 3)));
    CHECK_FALSE(isPublicHoliday(QDate(2026, 4, 5)));  // Eerste Paasdag, a Sunday anyway
    CHECK_FALSE(isPublicHoliday(QDate(2026, 5, 24))); // Eerste Pinksterdag, a Sunday anyway
    CHECK_FALSE(isWorkingDay(QDate(2026, 4, 5)));
    CHECK_FALSE(isWorkingDay(QDate(2026, 5, 24)));
}

TEST_CASE("Koningsdag moves to Saturday 26 April when the 27th is a Sunday", "[calendar][holidays]")
{
    CHECK(isPublicHoliday(QDate(2025, 4, 26)));
    CHECK_FALSE(isPublicHoliday(QDate(2025, 4, 27)));
    CHECK(isPublicHoliday(QDate(2014, 4, 26))); // the first Koningsdag, also on a Sunday 27th
    CHECK_FALSE(isPublicHoliday(QDate(2014, 4, 27)));
    CHECK_FALSE(isPublicHoliday(QDate(2014, 4, 30))); // no Koninginnedag any more
    CHECK(isPublicHoliday(QDate(2026, 4, 27)));       // a Monday: stays
    CHECK_FALSE(isWorkingDay(QDate(2026, 4, 27)));
}

TEST_CASE("Koninginnedag on 30 April before 2014, 29 April when that is a Sunday",
          "[calendar][holidays]")
{
    CHECK(isPublicHoliday(QDate(2013, 4, 30)));
    CHECK_FALSE(isPublicHoliday(QDate(2013, 4, 27)));
    CHECK(isPublicHoliday(QDate(2006, 4, 29)));
    CHECK_FALSE(isPublicHoliday(QDate(2006, 4, 30)));
    const auto holidays = publicHolidays(2013);
    const auto queensDay = std::find_if(holidays.begin(), holidays.end(),
                                        [](const auto& h) { return h.date == QDate(2013, 4, 30); });
    REQUIRE(queensDay != holidays.end());
    CHECK(queensDay->name == u"Queen's Day"_s);
    const pr::test::ScopedLanguage dutch("nl");
    CHECK(publicHolidays(2013)[2].name == u"Koninginnedag"_s);
}

TEST_CASE("Bevrijdingsdag counts every year, also on a day shared with Hemelvaartsdag",
          "[calendar][holidays]")
{
    CHECK(isPublicHoliday(QDate(2027, 5, 5)));
    CHECK(isPublicHoliday(QDate(2031, 5, 5)));
    // 2016: Easter on 27 March puts Hemelvaartsdag on 5 May; both are listed.
    const auto holidays = publicHolidays(2016);
    CHECK(holidays.size() == 8);
    const auto onFifthOfMay = std::count_if(holidays.begin(), holidays.end(), [](const auto& h) {
        return h.date == QDate(2016, 5, 5);
    });
    CHECK(onFifthOfMay == 2);
}

TEST_CASE("Hemelvaartsdag, Tweede Pinksterdag and Tweede Paasdag follow Easter",
          "[calendar][holidays]")
{
    // 2038 has the latest Easter: Tweede Paasdag on 26 April, Koningsdag right after it.
    CHECK(isPublicHoliday(QDate(2038, 4, 26)));
    CHECK(isPublicHoliday(QDate(2038, 4, 27)));
    CHECK(isPublicHoliday(QDate(2038, 6, 3)));  // Hemelvaartsdag
    CHECK(isPublicHoliday(QDate(2038, 6, 14))); // Tweede Pinksterdag
    CHECK_FALSE(isPublicHoliday(QDate(2038, 6, 13)));
    CHECK_FALSE(isPublicHoliday(QDate(2038, 6, 4)));
}

TEST_CASE("Christmas and New Year", "[calendar][holidays]")
{
    CHECK(isPublicHoliday(QDate(2026, 12, 25)));
    CHECK(isPublicHoliday(QDate(2026, 12, 26)));
    CHECK(isPublicHoliday(QDate(2027, 1, 1)));
    CHECK_FALSE(isPublicHoliday(QDate(2026, 12, 24))); // Christmas Eve is a working day
    CHECK_FALSE(isPublicHoliday(QDate(2026, 12, 31))); // so is New Year's Eve
    CHECK(isWorkingDay(QDate(2026, 12, 24)));
    CHECK(isWorkingDay(QDate(2026, 12, 31)));
    CHECK_FALSE(isWorkingDay(QDate(2027, 1, 1)));
}

TEST_CASE("Weekends are not working days", "[calendar][holidays]")
{
    CHECK(isWorkingDay(QDate(2026, 11, 27)));       // Friday
    CHECK_FALSE(isWorkingDay(QDate(2026, 11, 28))); // Saturday
    CHECK_FALSE(isWorkingDay(QDate(2026, 11, 29))); // Sunday
    CHECK(isWorkingDay(QDate(2026, 11, 30)));       // Monday
    CHECK_FALSE(isWorkingDay(QDate()));
    CHECK_FALSE(isPublicHoliday(QDate()));
}

TEST_CASE("Every year from 1980 to 2200 has its holidays in order and nothing else",
          "[calendar][holidays]")
{
    std::vector<int> badYears;
    for (int year = 1980; year <= 2200; ++year) {
        const auto holidays = publicHolidays(year);
        std::map<QDate, int> listed;
        bool ok = holidays.size() == 8;
        for (qsizetype i = 0; i < holidays.size(); ++i) {
            ok = ok && holidays[i].date.year() == year && !holidays[i].name.isEmpty() &&
                 (i == 0 || holidays[i - 1].date <= holidays[i].date);
            ++listed[holidays[i].date];
        }
        // Walks the year day by day: isPublicHoliday() must say yes exactly on the listed days.
        int holidayDays = 0;
        for (QDate day(year, 1, 1); day.year() == year; day = day.addDays(1)) {
            if (isPublicHoliday(day)) {
                ++holidayDays;
                ok = ok && listed.count(day) == 1;
            }
        }
        ok = ok && holidayDays == static_cast<int>(listed.size()) && listed.size() >= 7;
        if (!ok) {
            badYears.push_back(year);
        }
    }
    CHECK(badYears.empty());
}
