#pragma once

#include "core/workflow/BreachClock.h"
#include "gui/sections/RecordSection.h"

#include <QCoreApplication>

namespace pr::usecases {
class UseCaseContext;
}

namespace pr::gui {

// The data breaches as a list, newest first, with the decisions taken, and the clock that
// runs for each (usecases::DueItemsQuery at CONTEXT's clock, which must outlive the section:
// 72 hours to the AP for the firm's own data, the client's window for a client's), in words
// and colour.
class BreachSection {
    Q_DECLARE_TR_FUNCTIONS(BreachSection)

public:
    static RecordSection make(const usecases::UseCaseContext& context);

    // "Report to the AP: 5 hours overdue", "Inform the client: 21 hours left" (TimeLeft).
    static QString clockText(const core::BreachClock& clock);
};

} // namespace pr::gui
