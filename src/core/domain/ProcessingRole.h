#pragma once

#include "core/domain/EnumTable.h"

#include <array>

namespace pr::core {

// In which capacity the firm performs a processing activity: for its own purposes (register of
// art. 30(1), privacy statement) or on behalf of clients (register of art. 30(2), Bijlage 1 of
// their DPAs).
enum class ProcessingRole {
    Controller, // verwerkingsverantwoordelijke
    Processor,  // verwerker
};

template <>
struct EnumTable<ProcessingRole> {
    static constexpr std::array entries{
        EnumEntry<ProcessingRole>{ProcessingRole::Controller, u"controller",
                                  QT_TRANSLATE_NOOP("Domain", "Controller")},
        EnumEntry<ProcessingRole>{ProcessingRole::Processor, u"processor",
                                  QT_TRANSLATE_NOOP("Domain", "Processor")},
    };
};

} // namespace pr::core
