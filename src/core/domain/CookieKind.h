#pragma once

#include "core/domain/EnumTable.h"

#include <array>

namespace pr::core {

// Whether a cookie needs consent under art. 11.7a Telecommunicatiewet. Storing or reading
// information on a visitor's device needs consent, except when it is needed for the service
// the visitor asked for (functional) or only measures the website's use with little or no
// effect on the visitor's privacy (analytic without impact, art. 11.7a(3)(b)).
enum class CookieKind {
    Functional,
    AnalyticWithoutImpact,
    ConsentBased, // every other cookie: tracking, advertising, most third-party cookies
};

template <>
struct EnumTable<CookieKind> {
    static constexpr std::array entries{
        EnumEntry<CookieKind>{CookieKind::Functional, u"functional",
                              QT_TRANSLATE_NOOP("Domain", "Functional")},
        EnumEntry<CookieKind>{CookieKind::AnalyticWithoutImpact, u"analytic",
                              QT_TRANSLATE_NOOP("Domain", "Analytic, without privacy impact")},
        EnumEntry<CookieKind>{CookieKind::ConsentBased, u"consent",
                              QT_TRANSLATE_NOOP("Domain", "Only with consent")},
    };
};

// Whether a cookie of KIND may only be placed after the visitor consented.
constexpr bool needsConsent(CookieKind kind)
{
    return kind == CookieKind::ConsentBased;
}

} // namespace pr::core
