#include "core/workflow/DueItems.h"

#include "core/workflow/BreachDuty.h"

#include <algorithm>
#include <type_traits>

namespace pr::core {

namespace {

RequestDue requestDue(const DataSubjectRequest& request, const Period& promise, QDate today,
                      int withinDays)
{
    RequestDue due;
    due.requestId = request.id;
    due.reference = request.reference;
    due.stage = stageOf(request);
    due.extended = request.extension.has_value();
    due.deadlines = requestDeadlines(request.receivedDate, promise);
    due.effective = due.deadlines.effective(due.extended);
    due.daysLeft = today.daysTo(due.effective);
    due.state = due.daysLeft < 0             ? DueState::Overdue
                : due.daysLeft <= withinDays ? DueState::DueSoon
                                             : DueState::Ok;
    return due;
}

QDateTime expiry(const DueEntry& entry)
{
    return std::visit(
        [](const auto& item) {
            if constexpr (std::is_same_v<std::decay_t<decltype(item)>, RequestDue>) {
                return item.expiresAt();
            } else {
                return item.deadline;
            }
        },
        entry);
}

std::pair<int, qint64> kindAndId(const DueEntry& entry)
{
    if (const auto* request = std::get_if<RequestDue>(&entry)) {
        return {0, request->requestId};
    }
    const auto& clock = std::get<BreachClock>(entry);
    return {clock.kind == BreachClockKind::Authority ? 1 : 2, clock.breachId};
}

} // namespace

DueItems DueItems::compute(const QList<DataSubjectRequest>& requests, const QList<Breach>& breaches,
                           const QList<Agreement>& agreements, const Period& promise,
                           const Clock& clock, int withinDays)
{
    DueItems items;
    items.now = clock.now();
    items.withinDays = withinDays;
    const QDate today = clock.today();
    for (const DataSubjectRequest& request : requests) {
        if (!isClosed(request.status) && request.receivedDate.isValid()) {
            items.requests << requestDue(request, promise, today, withinDays);
        }
    }
    for (const Breach& breach : breaches) {
        items.breachClocks << BreachDuty::of(breach, agreements).clocks(breach, items.now);
    }
    std::stable_sort(
        items.requests.begin(), items.requests.end(), [](const RequestDue& a, const RequestDue& b) {
            return std::pair(a.effective, a.requestId) < std::pair(b.effective, b.requestId);
        });
    std::stable_sort(items.breachClocks.begin(), items.breachClocks.end(),
                     [](const BreachClock& a, const BreachClock& b) {
                         return a.deadline != b.deadline ? a.deadline < b.deadline
                                                         : a.breachId < b.breachId;
                     });
    return items;
}

int DueItems::count(DueState state) const
{
    const auto requestCount = std::count_if(requests.begin(), requests.end(),
                                            [state](const auto& r) { return r.state == state; });
    const auto clockCount = std::count_if(breachClocks.begin(), breachClocks.end(),
                                          [state](const auto& c) { return c.state == state; });
    return static_cast<int>(requestCount + clockCount);
}

QList<DueEntry> DueItems::byUrgency() const
{
    QList<DueEntry> entries;
    for (const RequestDue& request : requests) {
        entries << request;
    }
    for (const BreachClock& clock : breachClocks) {
        entries << clock;
    }
    std::stable_sort(entries.begin(), entries.end(), [](const DueEntry& a, const DueEntry& b) {
        const QDateTime expiresA = expiry(a);
        const QDateTime expiresB = expiry(b);
        return expiresA != expiresB ? expiresA < expiresB : kindAndId(a) < kindAndId(b);
    });
    return entries;
}

} // namespace pr::core
