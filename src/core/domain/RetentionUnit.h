#pragma once

#include "core/domain/EnumTable.h"

#include <array>

namespace pr::core {

// The unit of a fixed retention period. Years count as twelve months, so that a period from
// 29 February ends on 28 February, as a month period from the 31st ends on a month's last day.
enum class RetentionUnit {
    Days,
    Weeks,
    Months,
    Years,
};

template <>
struct EnumTable<RetentionUnit> {
    static constexpr std::array entries{
        EnumEntry<RetentionUnit>{RetentionUnit::Days, u"days", QT_TRANSLATE_NOOP("Domain", "days")},
        EnumEntry<RetentionUnit>{RetentionUnit::Weeks, u"weeks",
                                 QT_TRANSLATE_NOOP("Domain", "weeks")},
        EnumEntry<RetentionUnit>{RetentionUnit::Months, u"months",
                                 QT_TRANSLATE_NOOP("Domain", "months")},
        EnumEntry<RetentionUnit>{RetentionUnit::Years, u"years",
                                 QT_TRANSLATE_NOOP("Domain", "years")},
    };
};

} // namespace pr::core
