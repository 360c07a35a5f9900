#pragma once

#include "core/domain/EnumTable.h"

#include <array>

namespace pr::core {

// The firm's assessment of the risk a breach poses to the people whose data it was. It decides
// the duties (art. 33(1), 34(1)): no report to the AP only where a risk is unlikely, the people
// told at a high risk. The codes are stored and exported: never change them.
enum class BreachRisk {
    None, // unlikely to result in a risk
    Risk, // likely to result in a risk
    High, // likely to result in a high risk
};

template <>
struct EnumTable<BreachRisk> {
    static constexpr std::array entries{
        EnumEntry<BreachRisk>{BreachRisk::None, u"none",
                              QT_TRANSLATE_NOOP("Domain", "Unlikely to result in a risk")},
        EnumEntry<BreachRisk>{BreachRisk::Risk, u"risk",
                              QT_TRANSLATE_NOOP("Domain", "A risk to the people")},
        EnumEntry<BreachRisk>{BreachRisk::High, u"high",
                              QT_TRANSLATE_NOOP("Domain", "A high risk to the people")},
    };
};

} // namespace pr::core
