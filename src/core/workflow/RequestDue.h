#pragma once

#include "core/calendar/DeadlineCalendar.h"
#include "core/workflow/DueState.h"
#include "core/workflow/RequestStage.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace pr::core {

// The deadlines of one open data-subject request on a given day (DueItems). Holds the
// request's id and reference only: nothing about the person.
struct RequestDue {
    qint64 requestId = 0;
    QString reference;
    RequestStage stage = RequestStage::Received;
    bool extended = false;
    RequestDeadlines deadlines; // received, legal, legal extended, promised, extension notice
    QDate effective;            // the one to work to: deadlines.effective(extended)
    qint64 daysLeft = 0;        // from today to effective; negative when overdue
    DueState state = DueState::Ok;

    // The moment the effective deadline runs out: the end of that day, in local time (a period
    // in days ends at the end of its last day, Regulation 1182/71 art. 3(2)(b)). For ordering
    // requests among breach clocks.
    QDateTime expiresAt() const { return QDateTime(effective.addDays(1), QTime(0, 0)); }
};

} // namespace pr::core
