#include "core/dashboard/DueSummary.h"

#include "core/dashboard/TimeLeft.h"

#include <QStringList>

#include <algorithm>

namespace pr::core {

namespace {

QString clocksText(const QList<BreachClock>& running)
{
    // DueItems keeps the clocks earliest deadline first.
    const int count = static_cast<int>(running.size());
    const QString first = TimeLeft::of(running.first()).inText();
    if (count == 1) {
        return DueSummary::tr("%n breach notification deadline(s) run(s) out %1.", nullptr, count)
            .arg(first);
    }
    const QString last = TimeLeft::within(running.last().secondsLeft).withinText();
    return DueSummary::tr("%n breach notification deadline(s) run(s) out %1, the first %2.",
                          nullptr, count)
        .arg(last, first);
}

QString requestsText(const QList<RequestDue>& soon)
{
    const int count = static_cast<int>(soon.size());
    const qint64 latest =
        std::max_element(soon.begin(), soon.end(), [](const RequestDue& a, const RequestDue& b) {
            return a.daysLeft < b.daysLeft;
        })->daysLeft;
    return DueSummary::tr("%n request(s) must be answered %1.", nullptr, count)
        .arg(TimeLeft::ofDays(latest).withinText());
}

} // namespace

QString DueSummary::text(const DueItems& items)
{
    QList<BreachClock> running;
    std::copy_if(items.breachClocks.begin(), items.breachClocks.end(), std::back_inserter(running),
                 [](const BreachClock& clock) { return clock.state == DueState::Running; });
    QList<RequestDue> soon;
    std::copy_if(items.requests.begin(), items.requests.end(), std::back_inserter(soon),
                 [](const RequestDue& request) { return request.state == DueState::DueSoon; });

    QStringList sentences;
    const int overdue = items.count(DueState::Overdue);
    if (overdue > 0) {
        sentences << tr("%n deadline(s) overdue.", nullptr, overdue);
    }
    if (!running.isEmpty()) {
        sentences << clocksText(running);
    }
    if (!soon.isEmpty()) {
        sentences << requestsText(soon);
    }
    return sentences.join(u' ');
}

} // namespace pr::core
