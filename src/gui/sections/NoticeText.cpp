#include "gui/sections/NoticeText.h"

#include "core/dashboard/TimeLeft.h"
#include "core/workflow/ObjectionPeriod.h"
#include "gui/sections/DisplayText.h"

namespace pr::gui {

QString NoticeText::line(const core::SubProcessorNotice& notice, const QString& party, QDate today)
{
    const QString sent = DisplayText::date(notice.sentDate);
    const QString deadline = DisplayText::date(notice.objectionDeadline());
    switch (core::ObjectionPeriod::stateOf(notice, today)) {
    case core::ObjectionState::Running:
        return tr("%1: told on %2, may object until %3 (%4)")
            .arg(party, sent, deadline,
                 core::TimeLeft::ofDays(core::ObjectionPeriod::daysLeft(notice, today)).status());
    case core::ObjectionState::Ended:
        return tr("%1: told on %2, no objection by %3").arg(party, sent, deadline);
    case core::ObjectionState::Objected:
    case core::ObjectionState::Settled:
        return tr("%1: told on %2, objected on %3: %4 (%5)")
            .arg(party, sent, DisplayText::date(notice.objectionDate), notice.objectionText,
                 core::enumLabel(notice.outcome));
    }
    return {};
}

} // namespace pr::gui
