#pragma once

#include "core/domain/EnumTable.h"

#include <array>

namespace pr::core {

// Whether a security measure is in force or still to be taken. Bijlage 2 may list both, but a
// planned measure must not read as one in place.
enum class MeasureStatus {
    InPlace,
    Planned,
};

template <>
struct EnumTable<MeasureStatus> {
    static constexpr std::array entries{
        EnumEntry<MeasureStatus>{MeasureStatus::InPlace, u"in-place",
                                 QT_TRANSLATE_NOOP("Domain", "In place")},
        EnumEntry<MeasureStatus>{MeasureStatus::Planned, u"planned",
                                 QT_TRANSLATE_NOOP("Domain", "Planned")},
    };
};

} // namespace pr::core
