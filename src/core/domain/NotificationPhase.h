#pragma once

#include "core/domain/EnumTable.h"

#include <array>

namespace pr::core {

// The kind of one report to the Autoriteit Persoonsgegevens. Art. 33(4) lets the firm report
// in phases when not everything is known yet: a first report, then follow-ups.
enum class NotificationPhase {
    Initial,  // the first report, which the AP answers with a reference number
    FollowUp, // an addition or correction to it
};

template <>
struct EnumTable<NotificationPhase> {
    static constexpr std::array entries{
        EnumEntry<NotificationPhase>{NotificationPhase::Initial, u"initial",
                                     QT_TRANSLATE_NOOP("Domain", "Initial report")},
        EnumEntry<NotificationPhase>{NotificationPhase::FollowUp, u"follow-up",
                                     QT_TRANSLATE_NOOP("Domain", "Follow-up report")},
    };
};

} // namespace pr::core
