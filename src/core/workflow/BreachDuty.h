#pragma once

#include "core/domain/Agreement.h"
#include "core/domain/Breach.h"
#include "core/workflow/BreachClock.h"
#include "core/workflow/ClientBreachWindow.h"

#include <QDateTime>
#include <QList>

namespace pr::core {

// Whose data a breach is about: that decides what the law asks of the firm.
enum class BreachRole {
    Controller, // the firm's own data (Breach::clientId == 0)
    Processor,  // a client's data (Breach::clientId != 0): the client is the controller
};

// What a breach obliges the firm to do, and so which clock runs. The one place that decides
// it: the overview, `due`, the calendar export, the breach list and the start-up banner all
// read the clocks of DueItems, which takes them from here.
//
// - As controller the firm reports the breach to the Autoriteit Persoonsgegevens within 72
//   hours of becoming aware of it, unless it is unlikely to result in a risk; that decision
//   is recorded with its reason (art. 33(1), (5)). The AP clock stops when a report is listed,
//   when the breach is marked as reported, or when "not reported" is recorded with its reason.
//   "Not reported" without a reason is no decision yet: the clock runs on.
// - As processor the firm informs the client without undue delay, within the window of that
//   client's agreement (art. 33(2), 28(3)(f); ClientBreachWindow). The client, as controller,
//   decides on the report to the AP: the firm runs no AP clock, whatever the breach records
//   about the AP. The client clock stops when the client was informed.
//
// A clock runs from the discovery in hours of elapsed time: nights, weekends and holidays
// count. A breach without a discovery time runs none.
struct BreachDuty {
    BreachRole role = BreachRole::Controller;
    bool apClockRuns = false;     // controller only
    bool clientClockRuns = false; // processor only
    ClientBreachWindow window;    // processor: the client's window; unused as controller

    static BreachRole roleOf(const Breach& breach);
    // Whether the firm itself decides on reporting BREACH to the AP, and so has to document
    // why it did not (art. 33(5)): only as controller.
    static bool decidesApReport(const Breach& breach);
    // The duty for BREACH; AGREEMENTS are the register's (for the client's window).
    static BreachDuty of(const Breach& breach, const QList<Agreement>& agreements);

    // The clocks that still run for BREACH, with their state at NOW: none, or the one of its
    // role.
    QList<BreachClock> clocks(const Breach& breach, const QDateTime& now) const;
};

} // namespace pr::core
