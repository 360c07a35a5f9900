#pragma once

#include "core/domain/EnumTable.h"

#include <array>

namespace pr::core {

// What a notice about a sub-processor tells a client (art. 28(2) AVG: the controller is told
// of "any intended changes concerning the addition or replacement of other processors").
enum class SubProcessorChange {
    Added,    // a new sub-processor, or one that now also serves the client's processing
    Replaced, // a new sub-processor that takes over from one the client agreed to earlier
};

template <>
struct EnumTable<SubProcessorChange> {
    static constexpr std::array entries{
        EnumEntry<SubProcessorChange>{SubProcessorChange::Added, u"added",
                                      QT_TRANSLATE_NOOP("Domain", "Added")},
        EnumEntry<SubProcessorChange>{SubProcessorChange::Replaced, u"replaced",
                                      QT_TRANSLATE_NOOP("Domain", "Replaces another")},
    };
};

} // namespace pr::core
