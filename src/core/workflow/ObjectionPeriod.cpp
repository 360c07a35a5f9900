#include "core/workflow/ObjectionPeriod.h"

namespace pr::core {

ObjectionState ObjectionPeriod::stateOf(const SubProcessorNotice& notice, QDate today)
{
    if (notice.hasObjection()) {
        return notice.outcome == ObjectionOutcome::Open ? ObjectionState::Objected
                                                        : ObjectionState::Settled;
    }
    return daysLeft(notice, today) >= 0 ? ObjectionState::Running : ObjectionState::Ended;
}

qint64 ObjectionPeriod::daysLeft(const SubProcessorNotice& notice, QDate today)
{
    const QDate deadline = notice.objectionDeadline();
    return deadline.isValid() ? today.daysTo(deadline) : -1;
}

bool ObjectionPeriod::isOpen(const SubProcessorNotice& notice, QDate today)
{
    const ObjectionState state = stateOf(notice, today);
    return state == ObjectionState::Running || state == ObjectionState::Objected;
}

} // namespace pr::core
