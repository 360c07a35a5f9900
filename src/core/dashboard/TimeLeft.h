#pragma once

#include "core/workflow/DueItems.h"

#include <QCoreApplication>
#include <QString>

namespace pr::core {

// How much time an open deadline leaves, in words, in the one unit that the overview, the
// start-up banner, the breach and request lists and `due` all show:
//
// - a clock in hours (a breach): whole hours below 48 hours, whole days from 48 hours on. The
//   hours are BreachClock::hoursLeft() (rounded down while running, away from zero once
//   overdue); days are those hours divided by 24, rounded down, so that "2 days left" at 69
//   hours never promises more time than there is. Overdue the same way: "5 hours overdue",
//   "3 days overdue".
// - a deadline that is a date (a request): whole calendar days (RequestDue::daysLeft); 0 is
//   "today", whatever the hour.
//
// within() is for "runs out within …": the smallest whole number of the same units that
// covers the time left, so that 69 hours is "within 3 days".
class TimeLeft {
    Q_DECLARE_TR_FUNCTIONS(TimeLeft)

public:
    enum class Unit { Hours, Days };
    // From this many hours on, a clock is counted in days.
    static constexpr qint64 kHoursBeforeDays = 48;

    // HOURSLEFT whole hours of a clock, negative when overdue.
    static TimeLeft ofHours(qint64 hoursLeft);
    // DAYSLEFT calendar days to a date, negative when overdue.
    static TimeLeft ofDays(qint64 daysLeft);
    static TimeLeft of(const BreachClock& clock) { return ofHours(clock.hoursLeft()); }
    static TimeLeft of(const RequestDue& due) { return ofDays(due.daysLeft); }
    static TimeLeft of(const DueEntry& entry);
    // The time up to the end of a clock SECONDSLEFT ahead, rounded up.
    static TimeLeft within(qint64 secondsLeft);
    // A breach clock to the minute: "21 h 05 min left", "0 h 59 min left", "1 h 00 min
    // overdue" (minutes as BreachClock::minutesLeft()). For where a deadline of hours is
    // close and every minute counts: the breach's pane and `due`.
    static QString hoursAndMinutes(const BreachClock& clock);

    Unit unit() const { return m_unit; }
    qint64 amount() const { return m_amount; } // never negative
    bool isOverdue() const { return m_overdue; }

    // A label on its own: "21 hours left", "2 days left", "Less than an hour left", "Due
    // today", "5 hours overdue", "3 days overdue".
    QString status() const;
    // Inside a sentence about a deadline still ahead: "in 21 hours", "in 2 days", "today".
    QString inText() const;
    // Inside a sentence about a deadline still ahead: "within 3 days", "within 22 hours",
    // "today".
    QString withinText() const;

private:
    TimeLeft(Unit unit, qint64 amount, bool overdue, bool date);

    Unit m_unit = Unit::Hours;
    qint64 m_amount = 0;
    bool m_overdue = false;
    bool m_date = false; // a date deadline: 0 days is today
};

} // namespace pr::core
