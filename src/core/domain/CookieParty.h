#pragma once

#include "core/domain/EnumTable.h"

#include <array>

namespace pr::core {

// Who places or reads a cookie: the firm's own website, or another party through it (an
// analytics service, a video or social-media embed).
enum class CookieParty {
    FirstParty,
    ThirdParty,
};

template <>
struct EnumTable<CookieParty> {
    static constexpr std::array entries{
        EnumEntry<CookieParty>{CookieParty::FirstParty, u"first",
                               QT_TRANSLATE_NOOP("Domain", "Our own (first party)")},
        EnumEntry<CookieParty>{CookieParty::ThirdParty, u"third",
                               QT_TRANSLATE_NOOP("Domain", "Another party (third party)")},
    };
};

} // namespace pr::core
