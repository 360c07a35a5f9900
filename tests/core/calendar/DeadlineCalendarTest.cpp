#include "core/calendar/DeadlineCalendar.h"

#include "DateStringMakers.h"
#include "core/calendar/DutchHolidays.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using pr::core::addPeriod;
using pr::core::apNotificationDeadline;
using pr::core::clientNotificationDeadline;
using pr::core::isWorkingDay;
using pr::core::moveToWorkingDay;
using pr::core::Period;
using pr::core::periodEnd;
using pr::core::requestDeadlines;
using Unit = pr::core::Period::Unit;

namespace {

constexpr Period kOneMonth{1, Unit::Months};

// Art. 3(2)(c) by plain arithmetic, without QDate::addMonths(), to check addPeriod() against.
QDate addMonthsByHand(QDate start, int months)
{
    const int monthIndex = start.year() * 12 + (start.month() - 1) + months;
    const int year = monthIndex / 12;
    const int month = monthIndex % 12 + 1;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int monthLengths[] = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int day = std::min(start.day(), monthLengths[month - 1]);
    return QDate(year, month, day);
}

} // namespace

TEST_CASE("addPeriod: days and weeks do not count the day of receipt", "[calendar][deadline]")
{
    CHECK(addPeriod(QDate(2026, 11, 27), Period{1, Unit::Days}) == QDate(2026, 11, 28));
    CHECK(addPeriod(QDate(2026, 11, 27), Period{28, Unit::Days}) == QDate(2026, 12, 25));
    CHECK(addPeriod(QDate(2026, 11, 27), Period{4, Unit::Weeks}) == QDate(2026, 12, 25));
    CHECK(addPeriod(QDate(2024, 2, 26), Period{1, Unit::Weeks}) == QDate(2024, 3, 4));
    CHECK(addPeriod(QDate(2026, 12, 30), Period{1, Unit::Weeks}) == QDate(2027, 1, 6));
    CHECK(addPeriod(QDate(2026, 1, 1), Period{1095, Unit::Days}) == QDate(2028, 12, 31));
}

TEST_CASE("addPeriod: months end on the same date or the month's last day", "[calendar][deadline]")
{
    struct Case {
        QDate start;
        int months;
        QDate end;
    };
    const std::vector<Case> cases{
        {{2026, 1, 15}, 1, {2026, 2, 15}},   {{2023, 1, 31}, 1, {2023, 2, 28}},
        {{2024, 1, 31}, 1, {2024, 2, 29}},   {{2028, 1, 31}, 1, {2028, 2, 29}},
        {{2100, 1, 31}, 1, {2100, 2, 28}},   {{2000, 1, 31}, 1, {2000, 2, 29}},
        {{2024, 1, 30}, 1, {2024, 2, 29}},   {{2024, 1, 29}, 1, {2024, 2, 29}},
        {{2023, 1, 29}, 1, {2023, 2, 28}},   {{2024, 3, 31}, 1, {2024, 4, 30}},
        {{2024, 4, 30}, 1, {2024, 5, 30}},   {{2024, 2, 29}, 1, {2024, 3, 29}},
        {{2024, 2, 29}, 12, {2025, 2, 28}},  {{2024, 12, 31}, 1, {2025, 1, 31}},
        {{2023, 11, 30}, 3, {2024, 2, 29}},  {{2026, 1, 31}, 3, {2026, 4, 30}},
        {{2026, 8, 31}, 1, {2026, 9, 30}},   {{2026, 10, 31}, 1, {2026, 11, 30}},
        {{2026, 11, 30}, 1, {2026, 12, 30}}, {{2026, 1, 1}, 36, {2029, 1, 1}},
    };
    for (const Case& c : cases) {
        INFO(c.start.toString(Qt::ISODate).toStdString() << " + " << c.months << "m");
        CHECK(addPeriod(c.start, Period{c.months, Unit::Months}) == c.end);
    }
}

TEST_CASE("addPeriod: months agree with plain arithmetic for every day 2000-2100",
          "[calendar][deadline]")
{
    std::vector<QDate> mismatches;
    for (QDate day(2000, 1, 1); day <= QDate(2100, 12, 31); day = day.addDays(1)) {
        for (int months : {1, 2, 3, 12, 36}) {
            if (addPeriod(day, Period{months, Unit::Months}) != addMonthsByHand(day, months)) {
                mismatches.push_back(day);
            }
        }
    }
    CHECK(mismatches.empty());
}

TEST_CASE("addPeriod: invalid input gives an invalid date", "[calendar][deadline]")
{
    CHECK_FALSE(addPeriod(QDate(), kOneMonth).isValid());
    CHECK_FALSE(addPeriod(QDate(2026, 1, 1), Period{0, Unit::Days}).isValid());
    CHECK_FALSE(addPeriod(QDate(2026, 1, 1), Period{37, Unit::Months}).isValid());
    CHECK_FALSE(periodEnd(QDate(), kOneMonth).isValid());
}

TEST_CASE("moveToWorkingDay", "[calendar][deadline]")
{
    CHECK(moveToWorkingDay(QDate(2026, 12, 24)) == QDate(2026, 12, 24)); // a working Thursday
    CHECK(moveToWorkingDay(QDate(2026, 11, 28)) == QDate(2026, 11, 30)); // Saturday
    CHECK(moveToWorkingDay(QDate(2026, 11, 29)) == QDate(2026, 11, 30)); // Sunday
    CHECK(moveToWorkingDay(QDate(2026, 4, 4)) == QDate(2026, 4, 7));     // Sat before Paasmaandag
    CHECK(moveToWorkingDay(QDate(2026, 12, 25)) == QDate(2026, 12, 28)); // Christmas on Friday
    CHECK(moveToWorkingDay(QDate(2026, 5, 14)) == QDate(2026, 5, 15));   // Hemelvaartsdag
    CHECK(moveToWorkingDay(QDate(2038, 4, 24)) == QDate(2038, 4, 28));   // Easter + Koningsdag
    CHECK(moveToWorkingDay(QDate(2026, 4, 3)) == QDate(2026, 4, 3));     // Goede Vrijdag counts
    CHECK_FALSE(moveToWorkingDay(QDate()).isValid());
}

TEST_CASE("periodEnd: art. 3(5), at least two working days in a period of two days or more",
          "[calendar][deadline]")
{
    const Period twoDays{2, Unit::Days};
    // Thursday + 2 days = Saturday -> Monday; Friday and Monday are two working days.
    CHECK(periodEnd(QDate(2026, 11, 26), twoDays) == QDate(2026, 11, 30));
    // Friday + 2 days = Sunday -> Monday holds only one working day -> Tuesday.
    CHECK(periodEnd(QDate(2026, 11, 27), twoDays) == QDate(2026, 12, 1));
    // Friday + 3 days = Monday; still one working day -> Tuesday.
    CHECK(periodEnd(QDate(2026, 11, 27), Period{3, Unit::Days}) == QDate(2026, 12, 1));
    // Christmas Eve (Thu) + 2 days = Saturday -> Monday 28th, the only working day -> 29th.
    CHECK(periodEnd(QDate(2026, 12, 24), twoDays) == QDate(2026, 12, 29));
    // Thursday before Easter: Goede Vrijdag and Tuesday are the two working days.
    CHECK(periodEnd(QDate(2026, 4, 2), twoDays) == QDate(2026, 4, 7));
    // Goede Vrijdag + 2 days = Easter Sunday -> Tuesday, the only working day -> Wednesday.
    CHECK(periodEnd(QDate(2026, 4, 3), twoDays) == QDate(2026, 4, 8));
    // One day is not "two days or more": only art. 3(4) applies.
    CHECK(periodEnd(QDate(2026, 11, 27), Period{1, Unit::Days}) == QDate(2026, 11, 30));
    // A week without a weekend in the way is left alone.
    CHECK(periodEnd(QDate(2026, 12, 24), Period{1, Unit::Weeks}) == QDate(2026, 12, 31));
}

TEST_CASE("requestDeadlines: received Friday 27 November 2026", "[calendar][deadline]")
{
    // +1 month = Sunday 27 December (Christmas on Friday 25th, Saturday 26th) -> Monday 28th.
    // +4 weeks = Friday 25 December, Eerste Kerstdag -> Monday 28th as well.
    // +3 months = Saturday 27 February 2027 -> Monday 1 March.
    const auto d = requestDeadlines(QDate(2026, 11, 27));
    CHECK(d.received == QDate(2026, 11, 27));
    CHECK(d.legal == QDate(2026, 12, 28));
    CHECK(d.promised == QDate(2026, 12, 28));
    CHECK(d.legalExtended == QDate(2027, 3, 1));
    CHECK(d.extensionNoticeBy == QDate(2026, 12, 28));
    CHECK(d.effective(false) == QDate(2026, 12, 28));
    CHECK(d.effective(true) == QDate(2027, 3, 1));
}

TEST_CASE("requestDeadlines: the earlier of promise and law drives the warnings",
          "[calendar][deadline]")
{
    // Received Monday 2 March 2026: four weeks = Monday 30 March, one month = Thursday 2 April.
    const auto fourWeeks = requestDeadlines(QDate(2026, 3, 2));
    CHECK(fourWeeks.promised == QDate(2026, 3, 30));
    CHECK(fourWeeks.legal == QDate(2026, 4, 2));
    CHECK(fourWeeks.effective(false) == QDate(2026, 3, 30));
    CHECK(fourWeeks.legalExtended == QDate(2026, 6, 2));
    CHECK(fourWeeks.effective(true) == QDate(2026, 6, 2));

    // A promise longer than the law (six weeks = Monday 13 April) cannot extend it.
    const auto sixWeeks = requestDeadlines(QDate(2026, 3, 2), Period{6, Unit::Weeks});
    CHECK(sixWeeks.promised == QDate(2026, 4, 13));
    CHECK(sixWeeks.effective(false) == QDate(2026, 4, 2));

    // An invalid promise leaves the legal deadline in charge.
    const auto noPromise = requestDeadlines(QDate(2026, 3, 2), Period{});
    CHECK_FALSE(noPromise.promised.isValid());
    CHECK(noPromise.effective(false) == QDate(2026, 4, 2));
}

TEST_CASE("requestDeadlines: a one-month deadline on each holiday moves", "[calendar][deadline]")
{
    struct Case {
        QDate received;
        QDate unmoved; // the holiday it lands on
        QDate legal;
    };
    const std::vector<Case> cases{
        {{2025, 12, 1}, {2026, 1, 1}, {2026, 1, 2}},      // Nieuwjaarsdag (Thu)
        {{2026, 3, 6}, {2026, 4, 6}, {2026, 4, 7}},       // Tweede Paasdag
        {{2026, 3, 27}, {2026, 4, 27}, {2026, 4, 28}},    // Koningsdag (Mon)
        {{2026, 4, 5}, {2026, 5, 5}, {2026, 5, 6}},       // Bevrijdingsdag (Tue)
        {{2026, 4, 14}, {2026, 5, 14}, {2026, 5, 15}},    // Hemelvaartsdag
        {{2026, 4, 25}, {2026, 5, 25}, {2026, 5, 26}},    // Tweede Pinksterdag
        {{2026, 11, 25}, {2026, 12, 25}, {2026, 12, 28}}, // Eerste Kerstdag (Fri)
        {{2027, 11, 26}, {2027, 12, 26}, {2027, 12, 27}}, // Tweede Kerstdag (Sun) -> Monday
        {{2025, 11, 25}, {2025, 12, 25}, {2025, 12, 29}}, // Christmas Thu+Fri -> Monday 29th
        {{2038, 3, 26}, {2038, 4, 26}, {2038, 4, 28}},    // Tweede Paasdag then Koningsdag
        {{2025, 3, 26}, {2025, 4, 26}, {2025, 4, 28}},    // Koningsdag on Saturday 26 April
    };
    for (const Case& c : cases) {
        INFO(c.received.toString(Qt::ISODate).toStdString());
        REQUIRE(pr::core::isPublicHoliday(c.unmoved));
        CHECK(addPeriod(c.received, kOneMonth) == c.unmoved);
        CHECK(requestDeadlines(c.received).legal == c.legal);
    }
    // Goede Vrijdag does not move a deadline.
    CHECK(requestDeadlines(QDate(2026, 3, 3)).legal == QDate(2026, 4, 3));
}

TEST_CASE("requestDeadlines: month ends", "[calendar][deadline]")
{
    // 31 January 2026 (Sat) + 1 month = Saturday 28 February -> Monday 2 March;
    // + 3 months = Thursday 30 April.
    const auto jan31 = requestDeadlines(QDate(2026, 1, 31));
    CHECK(jan31.legal == QDate(2026, 3, 2));
    CHECK(jan31.legalExtended == QDate(2026, 4, 30));
    CHECK(requestDeadlines(QDate(2024, 1, 31)).legal == QDate(2024, 2, 29)); // a Thursday
    CHECK(requestDeadlines(QDate(2028, 1, 31)).legal == QDate(2028, 2, 29)); // a Tuesday
}

TEST_CASE("requestDeadlines: every day 2000-2100 lands on the first working day on or after "
          "the unmoved date",
          "[calendar][deadline]")
{
    // Not a restatement of the code: the expected day is found by walking forward with
    // isWorkingDay(), and the largest move is checked to be the known worst case (four days,
    // Saturday 24 April 2038 before Tweede Paasdag and Koningsdag) so the bound is not loose.
    std::vector<std::string> failures;
    qint64 largestMove = 0;
    const auto check = [&](QDate received, QDate unmoved, QDate actual, const char* which) {
        QDate expected = unmoved;
        while (!isWorkingDay(expected)) {
            expected = expected.addDays(1);
        }
        const qint64 moved = unmoved.daysTo(actual);
        largestMove = std::max(largestMove, moved);
        if (actual != expected || moved < 0 || moved > 4) {
            failures.push_back(received.toString(Qt::ISODate).toStdString() + " " + which);
        }
    };
    for (QDate day(2000, 1, 1); day <= QDate(2100, 12, 31); day = day.addDays(1)) {
        const auto d = requestDeadlines(day);
        check(day, addPeriod(day, kOneMonth), d.legal, "legal");
        check(day, addPeriod(day, Period{3, Unit::Months}), d.legalExtended, "extended");
        check(day, addPeriod(day, Period{4, Unit::Weeks}), d.promised, "promised");
        if (d.extensionNoticeBy != d.legal || d.effective(false) > d.legal ||
            d.effective(false) > d.promised) {
            failures.push_back(day.toString(Qt::ISODate).toStdString() + " effective");
        }
        if (failures.size() > 20) {
            break;
        }
    }
    CHECK(failures.empty());
    CHECK(largestMove == 4);
}

TEST_CASE("Breach clocks count elapsed hours in UTC", "[calendar][breach]")
{
    const QDateTime discovered(QDate(2026, 12, 24), QTime(9, 15), QTimeZone::utc());
    // Through Christmas and a weekend: hours are never moved to a working day.
    CHECK(apNotificationDeadline(discovered) ==
          QDateTime(QDate(2026, 12, 27), QTime(9, 15), QTimeZone::utc()));
    CHECK(clientNotificationDeadline(discovered, 24) ==
          QDateTime(QDate(2026, 12, 25), QTime(9, 15), QTimeZone::utc()));
    CHECK(clientNotificationDeadline(discovered, 0) == discovered);
    CHECK_FALSE(clientNotificationDeadline(discovered, -1).isValid());
    CHECK_FALSE(apNotificationDeadline(QDateTime()).isValid());
}

TEST_CASE("Breach clocks across a change of summer time in Amsterdam", "[calendar][breach]")
{
    const QTimeZone amsterdam("Europe/Amsterdam");
    REQUIRE(amsterdam.isValid());

    // Summer time starts on Sunday 29 March 2026: 72 hours later is an hour later on the clock.
    const QDateTime spring(QDate(2026, 3, 27), QTime(10, 0), amsterdam);
    const QDateTime springDeadline = apNotificationDeadline(spring);
    CHECK(spring.secsTo(springDeadline) == 72 * 3600);
    CHECK(springDeadline.toUTC() == QDateTime(QDate(2026, 3, 30), QTime(9, 0), QTimeZone::utc()));
    CHECK(springDeadline.timeZone() == amsterdam);
    CHECK(springDeadline.time() == QTime(11, 0));

    // Winter time returns on Sunday 25 October 2026: an hour earlier on the clock.
    const QDateTime autumn(QDate(2026, 10, 24), QTime(10, 0), amsterdam);
    const QDateTime autumnDeadline = clientNotificationDeadline(autumn, 48);
    // 10:00 summer time is 08:00 UTC; 48 hours later 08:00 UTC is 09:00 winter time.
    CHECK(autumn.secsTo(autumnDeadline) == 48 * 3600);
    CHECK(autumnDeadline.toUTC() == QDateTime(QDate(2026, 10, 26), QTime(8, 0), QTimeZone::utc()));
    CHECK(autumnDeadline.time() == QTime(9, 0));
}
