#pragma once

#include "core/workflow/DueItems.h"

#include <QCoreApplication>
#include <QString>

namespace pr::core {

// What the start-up notice says about the open deadlines (DueItems), in counts and times only:
// nothing about a person or a breach's content. Times are worded by TimeLeft, as the overview
// and the lists word them, and never rounded towards more time than there is: two breach
// clocks with 21 and 69 hours left "run out within 3 days, the first in 21 hours".
class DueSummary {
    Q_DECLARE_TR_FUNCTIONS(DueSummary)

public:
    // One sentence per group: overdue deadlines, running breach clocks, requests due soon.
    // Empty when none of them is there.
    static QString text(const DueItems& items);
};

} // namespace pr::core
