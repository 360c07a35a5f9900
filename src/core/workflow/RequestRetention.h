#pragma once

#include "core/calendar/Period.h"
#include "core/domain/DataSubjectRequest.h"

#include <QDate>
#include <QList>

namespace pr::core {

// How long the register keeps who made a closed request ("privacy of the requester").
// A closed request is kept for its retention period after closing to prove that it was handled
// in time (art. 5(2)); after that the requester's data is no longer needed and the request is
// flagged for anonymisation (RequestAnonymiser), which keeps what the statistics need.
class RequestRetention {
public:
    // The default of AppSettings::requestRetentionPeriod: two years after closing.
    static constexpr Period kDefaultPeriod{24, Period::Unit::Months};

    // The date REQUEST was closed: its answer date (also the date of a withdrawal recorded by
    // RequestWorkflow). A withdrawn request without one closes on the latest date it records.
    // Null while the request is open.
    static QDate closedOn(const DataSubjectRequest& request);
    // closedOn() plus PERIOD (the day from which it may go); null while open.
    static QDate anonymiseFrom(const DataSubjectRequest& request, const Period& period);
    // Closed, past the period on TODAY, and not yet anonymised.
    static bool isDue(const DataSubjectRequest& request, const Period& period, QDate today);
    // The requests of REQUESTS that isDue(), in their order.
    static QList<DataSubjectRequest> due(const QList<DataSubjectRequest>& requests,
                                         const Period& period, QDate today);
};

} // namespace pr::core
