#include "core/workflow/RequestRetention.h"

#include "core/calendar/DeadlineCalendar.h"
#include "core/workflow/RequestAnonymiser.h"

#include <algorithm>
#include <iterator>

namespace pr::core {

QDate RequestRetention::closedOn(const DataSubjectRequest& request)
{
    if (!isClosed(request.status)) {
        return {};
    }
    if (request.answeredDate.isValid()) {
        return request.answeredDate;
    }
    QDate latest = request.receivedDate;
    for (const QDate date :
         {request.identityRequestedDate, request.identityVerifiedDate, request.idCopyDestroyedDate,
          request.clientInformedDate, request.extension ? request.extension->toldOn : QDate()}) {
        if (date.isValid() && (!latest.isValid() || date > latest)) {
            latest = date;
        }
    }
    return latest;
}

QDate RequestRetention::anonymiseFrom(const DataSubjectRequest& request, const Period& period)
{
    // A retention period is not a deadline to act by: it is not moved past weekends.
    return addPeriod(closedOn(request), period);
}

bool RequestRetention::isDue(const DataSubjectRequest& request, const Period& period, QDate today)
{
    const QDate from = anonymiseFrom(request, period);
    return from.isValid() && today >= from && !RequestAnonymiser::isAnonymised(request);
}

QList<DataSubjectRequest> RequestRetention::due(const QList<DataSubjectRequest>& requests,
                                                const Period& period, QDate today)
{
    QList<DataSubjectRequest> result;
    std::copy_if(requests.begin(), requests.end(), std::back_inserter(result),
                 [&](const DataSubjectRequest& request) { return isDue(request, period, today); });
    return result;
}

} // namespace pr::core
