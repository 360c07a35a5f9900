#pragma once

#include "core/domain/SubProcessorNotice.h"

#include <QDate>

namespace pr::core {

// Where a client's objection period for a sub-processor stands on a given day. The period runs
// from the day the notice was sent to its last day, sentDate + objectionDays, inclusive; the
// client may object until the end of that day.
enum class ObjectionState {
    Running,  // the client can still object
    Ended,    // the period ended without an objection: the change may go ahead for it
    Objected, // the client objected and the parties have not settled it yet (DPA art. 9.2)
    Settled,  // the objection has an outcome
};

class ObjectionPeriod {
public:
    static ObjectionState stateOf(const SubProcessorNotice& notice, QDate today);
    // Days from TODAY to the last day of the period; 0 on that day, negative after it.
    static qint64 daysLeft(const SubProcessorNotice& notice, QDate today);
    // The notice still needs the user: a period that runs or an objection without an outcome.
    static bool isOpen(const SubProcessorNotice& notice, QDate today);
};

} // namespace pr::core
