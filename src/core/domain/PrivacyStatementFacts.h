#pragma once

#include "core/domain/Cookie.h"

#include <QList>
#include <QString>

namespace pr::core {

// What the privacy statement says that no processing activity records: the website's cookies,
// automated decision-making (art. 13(2)(f), 14(2)(g)) and whether the services are meant for
// children. Facts the firm states, so the statement prints only what is recorded here.
struct PrivacyStatementFacts {
    QList<Cookie> cookies; // empty: the register knows of no cookies
    // The firm states that it takes no decision based solely on automated processing, profiling
    // included, with legal or similarly significant effects (art. 22).
    bool noAutomatedDecisions = false;
    // Otherwise: which such decisions it takes, the logic involved, their significance and
    // consequences (art. 13(2)(f)). Empty with noAutomatedDecisions false: not recorded.
    QString automatedDecisions;
    // The firm states that its services are not meant for children under 16 (UAVG art. 5).
    bool notMeantForChildren = false;

    friend bool operator==(const PrivacyStatementFacts&, const PrivacyStatementFacts&) = default;
};

} // namespace pr::core
