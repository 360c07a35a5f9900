#pragma once

#include "core/calendar/Period.h"

#include <QDate>
#include <QDateTime>

// Deadlines as the law counts them.
//
// Periods in days, weeks and months follow Regulation (EEC, Euratom) No 1182/71, which the
// GDPR's own deadlines are read under:
// - art. 3(1): the day of the event (the receipt of a request) is not counted;
// - art. 3(2)(c): a period in weeks or months ends on the same weekday, or the same date, in
//   the last week or month; when that month has no such date, on its last day;
// - art. 3(4): a period expressed otherwise than in hours that ends on a Saturday, Sunday or
//   public holiday ends at the end of the next working day (holidays: DutchHolidays.h);
// - art. 3(5): any period of two days or more includes at least two working days.
//
// Applied to AVG art. 12(3): a request is answered within one month of receipt, extendable by
// two further months, provided the person is told within that first month.
//
// Breach clocks are periods in hours (AVG art. 33(1): the Autoriteit Persoonsgegevens within
// 72 hours after becoming aware; the client within the window of its DPA). Art. 3(4) excludes
// periods in hours, so they run through nights, weekends and holidays and are never moved.

namespace pr::core {

// The date on which a period that starts with the event on START ends, before any moving:
// START + n days, START + 7n days, or the same date n months later (clamped to the month's
// last day). Invalid when START is invalid or the period is not Period::isValid().
QDate addPeriod(QDate start, Period period);

// DATE itself when it is a working day, otherwise the first working day after it (art. 3(4)).
QDate moveToWorkingDay(QDate date);

// The full rule: addPeriod(), moved by art. 3(4), and extended by art. 3(5) when it would
// hold fewer than two working days. Art. 3(5) can only change periods of a few days: any seven
// consecutive days hold at least two working days, so week and month periods never change.
QDate periodEnd(QDate start, Period period);

struct RequestDeadlines {
    QDate received;
    QDate legal;             // one month (AVG art. 12(3))
    QDate legalExtended;     // the one month plus the extension by two further months
    QDate promised;          // the firm's own promise in its privacy statement
    QDate extensionNoticeBy; // the person must hear of an extension within the first month

    // The deadline the warnings work to: the extended legal one once the request has been
    // extended, otherwise whichever of the promise and the legal deadline comes first.
    QDate effective(bool extended) const;
};

// All dates are invalid when RECEIVED is invalid; promised is invalid when PROMISE is.
RequestDeadlines requestDeadlines(QDate received, Period promise = Period{4, Period::Unit::Weeks});

inline constexpr int kApNotificationHours = 72;

// DISCOVERED + 72 hours of elapsed time, in DISCOVERED's time spec: across a change to or from
// summer time the wall-clock time differs by an hour from DISCOVERED's.
QDateTime apNotificationDeadline(const QDateTime& discovered);

// DISCOVERED + HOURS of elapsed time (the window of the client's DPA); invalid when DISCOVERED
// is invalid or HOURS is negative.
QDateTime clientNotificationDeadline(const QDateTime& discovered, int hours);

} // namespace pr::core
