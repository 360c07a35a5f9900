#include "core/calendar/DeadlineCalendar.h"

#include "core/calendar/DutchHolidays.h"

#include <algorithm>

namespace pr::core {

namespace {

constexpr qint64 kSecondsPerHour = 3600;

// The end of the shortest period from START that holds two working days (art. 3(5)).
QDate secondWorkingDayAfter(QDate start)
{
    QDate day = start;
    int workingDays = 0;
    while (workingDays < 2) {
        day = day.addDays(1);
        if (isWorkingDay(day)) {
            ++workingDays;
        }
    }
    return day;
}

} // namespace

QDate addPeriod(QDate start, Period period)
{
    if (!start.isValid() || !period.isValid()) {
        return {};
    }
    switch (period.unit) {
    case Period::Unit::Days:
        return start.addDays(period.amount);
    case Period::Unit::Weeks:
        return start.addDays(7 * qint64{period.amount});
    case Period::Unit::Months:
        // QDate::addMonths() keeps the day of the month and, when the target month is too
        // short, gives its last day: exactly art. 3(2)(c).
        return start.addMonths(period.amount);
    }
    return {};
}

QDate moveToWorkingDay(QDate date)
{
    if (!date.isValid()) {
        return {};
    }
    // A loop rather than one step: the next day can itself be a holiday or weekend (Saturday
    // before Tweede Paasdag ends on the Tuesday; in 2038 on the Wednesday, as Koningsdag
    // follows Tweede Paasdag).
    while (!isWorkingDay(date)) {
        date = date.addDays(1);
    }
    return date;
}

QDate periodEnd(QDate start, Period period)
{
    const QDate end = addPeriod(start, period);
    if (!end.isValid()) {
        return {};
    }
    const QDate moved = moveToWorkingDay(end);
    if (start.daysTo(end) < 2) {
        return moved;
    }
    return std::max(moved, secondWorkingDayAfter(start));
}

QDate RequestDeadlines::effective(bool extended) const
{
    if (extended) {
        return legalExtended;
    }
    // An unset promise must not win as the "earlier" date: an invalid QDate compares less
    // than every valid one.
    if (!promised.isValid()) {
        return legal;
    }
    return std::min(promised, legal);
}

RequestDeadlines requestDeadlines(QDate received, Period promise)
{
    if (!received.isValid()) {
        return {};
    }
    RequestDeadlines deadlines;
    deadlines.received = received;
    deadlines.legal = periodEnd(received, Period{1, Period::Unit::Months});
    // One period of three months from receipt, not two months added to the end of the first
    // month: the two differ only after a clamped month end (received 31 January: 30 April
    // here, 28 April when chained), and the Regulation counts every period from its event.
    deadlines.legalExtended = periodEnd(received, Period{3, Period::Unit::Months});
    deadlines.promised = periodEnd(received, promise);
    deadlines.extensionNoticeBy = deadlines.legal;
    return deadlines;
}

QDateTime apNotificationDeadline(const QDateTime& discovered)
{
    return clientNotificationDeadline(discovered, kApNotificationHours);
}

QDateTime clientNotificationDeadline(const QDateTime& discovered, int hours)
{
    if (!discovered.isValid() || hours < 0) {
        return {};
    }
    // addSecs() adds elapsed time, not wall-clock time, for local and time-zone datetimes.
    return discovered.addSecs(hours * kSecondsPerHour);
}

} // namespace pr::core
