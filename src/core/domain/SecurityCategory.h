#pragma once

#include "core/domain/EnumTable.h"

#include <array>

namespace pr::core {

// The four groups in which Bijlage 2 of a DPA lists the security measures (AVG art. 32).
enum class SecurityCategory {
    Technical,
    Organisational,
    Physical,
    NetworkServerApplication,
};

template <>
struct EnumTable<SecurityCategory> {
    static constexpr std::array entries{
        EnumEntry<SecurityCategory>{SecurityCategory::Technical, u"technical",
                                    QT_TRANSLATE_NOOP("Domain", "Technical measures")},
        EnumEntry<SecurityCategory>{SecurityCategory::Organisational, u"organisational",
                                    QT_TRANSLATE_NOOP("Domain", "Organisational measures")},
        EnumEntry<SecurityCategory>{SecurityCategory::Physical, u"physical",
                                    QT_TRANSLATE_NOOP("Domain", "Physical measures")},
        EnumEntry<SecurityCategory>{
            SecurityCategory::NetworkServerApplication, u"network-server-application",
            QT_TRANSLATE_NOOP("Domain", "Network, server and application security")},
    };
};

} // namespace pr::core
