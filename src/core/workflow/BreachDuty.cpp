#include "core/workflow/BreachDuty.h"

#include "core/calendar/DeadlineCalendar.h"

namespace pr::core {

namespace {

bool apDecided(const Breach& breach)
{
    if (!breach.apNotifications.isEmpty() || breach.apNotified == true) {
        return true;
    }
    // No risk, reasoned: without the reason it is not documented, so not decided (art. 33(5)).
    return breach.apNotified == false && !breach.apNotNotifiedReason.trimmed().isEmpty();
}

BreachClock clockOf(const Breach& breach, BreachClockKind kind, int hours, WindowSource source,
                    const QDateTime& now)
{
    BreachClock clock;
    clock.breachId = breach.id;
    clock.reference = breach.reference;
    clock.kind = kind;
    clock.discoveredAt = breach.discoveredAt;
    clock.hours = hours;
    clock.deadline = clientNotificationDeadline(breach.discoveredAt, hours);
    clock.clientId = kind == BreachClockKind::Client ? breach.clientId : 0;
    clock.windowSource = source;
    clock.secondsLeft = now.secsTo(clock.deadline);
    clock.state = clock.secondsLeft < 0 ? DueState::Overdue : DueState::Running;
    return clock;
}

} // namespace

BreachRole BreachDuty::roleOf(const Breach& breach)
{
    return breach.clientId != 0 ? BreachRole::Processor : BreachRole::Controller;
}

bool BreachDuty::decidesApReport(const Breach& breach)
{
    return roleOf(breach) == BreachRole::Controller;
}

BreachDuty BreachDuty::of(const Breach& breach, const QList<Agreement>& agreements)
{
    BreachDuty duty;
    duty.role = roleOf(breach);
    if (!breach.discoveredAt.isValid()) {
        return duty;
    }
    if (duty.role == BreachRole::Controller) {
        duty.apClockRuns = !apDecided(breach);
        return duty;
    }
    duty.clientClockRuns = !breach.clientNotifiedAt.isValid();
    // The client's window on the day the firm became aware, where the firm is.
    duty.window = ClientBreachWindow::of(breach.clientId, agreements,
                                         breach.discoveredAt.toLocalTime().date());
    return duty;
}

QList<BreachClock> BreachDuty::clocks(const Breach& breach, const QDateTime& now) const
{
    QList<BreachClock> running;
    if (apClockRuns) {
        running << clockOf(breach, BreachClockKind::Authority, kApNotificationHours,
                           WindowSource::NotApplicable, now);
    }
    if (clientClockRuns) {
        running << clockOf(breach, BreachClockKind::Client, window.hours, window.source, now);
    }
    return running;
}

} // namespace pr::core
