#pragma once

#include "core/domain/EnumTable.h"

#include <array>

namespace pr::core {

// How a retention period (bewaartermijn) is expressed.
enum class RetentionKind {
    Unspecified,         // not filled in yet; validation reports it
    Fixed,               // an amount of time after a trigger ("7 jaar na einde boekjaar")
    DurationOfAgreement, // as long as the agreement with the client or person runs
};

template <>
struct EnumTable<RetentionKind> {
    static constexpr std::array entries{
        EnumEntry<RetentionKind>{RetentionKind::Unspecified, u"unspecified",
                                 QT_TRANSLATE_NOOP("Domain", "Not specified")},
        EnumEntry<RetentionKind>{RetentionKind::Fixed, u"fixed",
                                 QT_TRANSLATE_NOOP("Domain", "Fixed period")},
        EnumEntry<RetentionKind>{RetentionKind::DurationOfAgreement, u"duration-of-agreement",
                                 QT_TRANSLATE_NOOP("Domain", "As long as the agreement runs")},
    };
};

} // namespace pr::core
