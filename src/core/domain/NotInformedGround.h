#pragma once

#include "core/domain/EnumTable.h"

#include <array>

namespace pr::core {

// Why the people affected by a breach were not told of it: the duty of art. 34(1) applies only
// at a high risk, and art. 34(3) names three cases in which it lapses. The codes are stored and
// exported: never change them.
enum class NotInformedGround {
    NoHighRisk,          // art. 34(1): no high risk, so no duty
    Unintelligible,      // art. 34(3)(a): the data was unintelligible, e.g. encrypted
    RiskRemoved,         // art. 34(3)(b): later measures make the high risk no longer likely
    PublicCommunication, // art. 34(3)(c): disproportionate effort; a public notice instead
};

template <>
struct EnumTable<NotInformedGround> {
    static constexpr std::array entries{
        EnumEntry<NotInformedGround>{NotInformedGround::NoHighRisk, u"no-high-risk",
                                     QT_TRANSLATE_NOOP("Domain", "No high risk (art. 34(1))")},
        EnumEntry<NotInformedGround>{
            NotInformedGround::Unintelligible, u"unintelligible",
            QT_TRANSLATE_NOOP("Domain", "The data was unintelligible, e.g. encrypted "
                                        "(art. 34(3)(a))")},
        EnumEntry<NotInformedGround>{
            NotInformedGround::RiskRemoved, u"risk-removed",
            QT_TRANSLATE_NOOP("Domain", "Later measures make the high risk no longer likely "
                                        "(art. 34(3)(b))")},
        EnumEntry<NotInformedGround>{
            NotInformedGround::PublicCommunication, u"public-communication",
            QT_TRANSLATE_NOOP("Domain", "Telling each person would take disproportionate "
                                        "effort: a public notice instead (art. 34(3)(c))")},
    };
};

} // namespace pr::core
