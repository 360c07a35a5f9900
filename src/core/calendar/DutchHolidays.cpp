#include "core/calendar/DutchHolidays.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace pr::core {

namespace {

constexpr int kFirstGregorianYear = 1583;
// From this year on the King's birthday (27 April) is celebrated; before it the Queen's day.
constexpr int kFirstKingsDayYear = 2014;

struct HolidayDate {
    QDate date;
    const char* name; // untranslated source text
};

using HolidayDates = std::array<HolidayDate, 8>;

// Koningsdag and Koninginnedag move back to the Saturday when their date is a Sunday.
QDate unlessSunday(QDate date)
{
    return date.dayOfWeek() == Qt::Sunday ? date.addDays(-1) : date;
}

// The dates without their translated names, so that isWorkingDay(), called for every day of
// a century in the tests and for every open request in the program, builds no strings.
HolidayDates holidayDates(int year)
{
    const QDate easter = easterSunday(year);
    if (!easter.isValid()) {
        return {};
    }
    const bool kingsDay = year >= kFirstKingsDayYear;
    HolidayDates dates{{
        {QDate(year, 1, 1), QT_TRANSLATE_NOOP("DutchHolidays", "New Year's Day")},
        {easter.addDays(1), QT_TRANSLATE_NOOP("DutchHolidays", "Easter Monday")},
        {kingsDay ? unlessSunday(QDate(year, 4, 27)) : unlessSunday(QDate(year, 4, 30)),
         kingsDay ? QT_TRANSLATE_NOOP("DutchHolidays", "King's Day")
                  : QT_TRANSLATE_NOOP("DutchHolidays", "Queen's Day")},
        {QDate(year, 5, 5), QT_TRANSLATE_NOOP("DutchHolidays", "Liberation Day")},
        {easter.addDays(39), QT_TRANSLATE_NOOP("DutchHolidays", "Ascension Day")},
        {easter.addDays(50), QT_TRANSLATE_NOOP("DutchHolidays", "Whit Monday")},
        {QDate(year, 12, 25), QT_TRANSLATE_NOOP("DutchHolidays", "Christmas Day")},
        {QDate(year, 12, 26), QT_TRANSLATE_NOOP("DutchHolidays", "Boxing Day")},
    }};
    std::stable_sort(dates.begin(), dates.end(),
                     [](const HolidayDate& a, const HolidayDate& b) { return a.date < b.date; });
    return dates;
}

} // namespace

QDate easterSunday(int year)
{
    if (year < kFirstGregorianYear) {
        return {};
    }
    // The anonymous Gregorian computus (Meeus/Jones/Butcher): the Sunday after the
    // ecclesiastical full moon on or after 21 March, with the century corrections for the
    // solar (leap-year) and lunar (Metonic cycle drift) errors.
    const int golden = year % 19; // position in the 19-year lunar cycle
    const int century = year / 100;
    const int yearInCentury = year % 100;
    const int leapSkips = century / 4; // centuries that are still leap years
    const int leapRest = century % 4;
    const int lunarShift = (century + 8) / 25;
    const int lunarCorrection = (century - lunarShift + 1) / 3;
    const int epact = (19 * golden + century - leapSkips - lunarCorrection + 15) % 30;
    const int quarters = yearInCentury / 4;
    const int quarterRest = yearInCentury % 4;
    const int toSunday = (32 + 2 * leapRest + 2 * quarters - epact - quarterRest) % 7;
    const int lateFullMoon = (golden + 11 * epact + 22 * toSunday) / 451;
    const int offset = epact + toSunday - 7 * lateFullMoon + 114;
    return QDate(year, offset / 31, offset % 31 + 1);
}

QList<PublicHoliday> publicHolidays(int year)
{
    QList<PublicHoliday> holidays;
    for (const HolidayDate& entry : holidayDates(year)) {
        if (entry.date.isValid()) {
            holidays.append({entry.date, QCoreApplication::translate("DutchHolidays", entry.name)});
        }
    }
    return holidays;
}

bool isPublicHoliday(QDate date)
{
    if (!date.isValid()) {
        return false;
    }
    const HolidayDates dates = holidayDates(date.year());
    return std::any_of(dates.begin(), dates.end(),
                       [date](const HolidayDate& entry) { return entry.date == date; });
}

bool isWorkingDay(QDate date)
{
    return date.isValid() && date.dayOfWeek() != Qt::Saturday && date.dayOfWeek() != Qt::Sunday &&
           !isPublicHoliday(date);
}

} // namespace pr::core
