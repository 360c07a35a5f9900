#pragma once

#include "core/domain/EnumTable.h"

#include <array>

namespace pr::core {

// How urgent an open deadline is (DueItems). Requests are overdue, due soon or ok; breach
// clocks run in hours and are never "ok": they are running or overdue.
enum class DueState {
    Overdue, // the deadline has passed
    Running, // a breach clock that has not run out yet
    DueSoon, // a request deadline within the chosen number of days (today included)
    Ok,      // a request deadline further away
};

// The codes are what `due` prints and scripts match: never change them.
template <>
struct EnumTable<DueState> {
    static constexpr std::array entries{
        EnumEntry<DueState>{DueState::Overdue, u"overdue", QT_TRANSLATE_NOOP("Domain", "Overdue")},
        EnumEntry<DueState>{DueState::Running, u"running", QT_TRANSLATE_NOOP("Domain", "Running")},
        EnumEntry<DueState>{DueState::DueSoon, u"due-soon",
                            QT_TRANSLATE_NOOP("Domain", "Due soon")},
        EnumEntry<DueState>{DueState::Ok, u"ok", QT_TRANSLATE_NOOP("Domain", "In time")},
    };
};

} // namespace pr::core
