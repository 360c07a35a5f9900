#pragma once

#include "core/calendar/Period.h"
#include "core/domain/Agreement.h"
#include "core/domain/Breach.h"
#include "core/domain/DataSubjectRequest.h"
#include "core/time/Clock.h"
#include "core/workflow/BreachClock.h"
#include "core/workflow/RequestDue.h"

#include <QList>

#include <variant>

namespace pr::core {

using DueEntry = std::variant<RequestDue, BreachClock>;

// Every deadline that still runs, at one moment: the warnings of the dashboard, `due` and the
// calendar export read the same list.
//
// - A request runs until it is closed (answered, refused, withdrawn). Its effective deadline
//   is the earlier of the firm's promise and the legal month, or the extended legal deadline
//   once extended (RequestDeadlines::effective). It is overdue from the day after that date,
//   due soon when at most WITHINDAYS days are left (today counts as 0), ok otherwise.
// - A breach runs the clock of the firm's role in it (BreachDuty): as controller the report to
//   the AP (72 hours) until it is made or the reasoned decision not to make it is recorded; as
//   processor, telling the client within the window of its agreement (ClientBreachWindow)
//   until the client was told, and no AP clock: the client reports to the AP. Clocks are in
//   hours of elapsed time: nights, weekends and holidays count.
struct DueItems {
    static constexpr int kDefaultWithinDays = 7;

    QDateTime now;
    int withinDays = kDefaultWithinDays;
    QList<RequestDue> requests;      // open requests, earliest effective deadline first
    QList<BreachClock> breachClocks; // running clocks, earliest deadline first

    // PROMISE is the firm's own answer period (AppSettings::promisedAnswerPeriod).
    static DueItems compute(const QList<DataSubjectRequest>& requests,
                            const QList<Breach>& breaches, const QList<Agreement>& agreements,
                            const Period& promise, const Clock& clock,
                            int withinDays = kDefaultWithinDays);

    bool anyOverdue() const { return count(DueState::Overdue) > 0; }
    // How many requests and clocks are in STATE.
    int count(DueState state) const;
    // Requests and clocks together, the deadline that runs out first first (overdue ones
    // therefore lead); ties by kind and id, so that the order is stable.
    QList<DueEntry> byUrgency() const;
};

} // namespace pr::core
