#pragma once

#include "core/domain/EnumTable.h"

#include <array>

namespace pr::core {

// Where a DPA stands in its life, in the order it normally passes through.
enum class SigningState {
    Draft,         // being prepared
    Sent,          // sent to the client for review or signature
    SignedByFirm,  // signed by the firm, the client's signature still missing
    Countersigned, // signed by both parties: in force
    Terminated,    // ended
};

template <>
struct EnumTable<SigningState> {
    static constexpr std::array entries{
        EnumEntry<SigningState>{SigningState::Draft, u"draft",
                                QT_TRANSLATE_NOOP("Domain", "Draft")},
        EnumEntry<SigningState>{SigningState::Sent, u"sent", QT_TRANSLATE_NOOP("Domain", "Sent")},
        EnumEntry<SigningState>{SigningState::SignedByFirm, u"signed-by-firm",
                                QT_TRANSLATE_NOOP("Domain", "Signed by us")},
        EnumEntry<SigningState>{SigningState::Countersigned, u"countersigned",
                                QT_TRANSLATE_NOOP("Domain", "Signed by both parties")},
        EnumEntry<SigningState>{SigningState::Terminated, u"terminated",
                                QT_TRANSLATE_NOOP("Domain", "Terminated")},
    };
};

} // namespace pr::core
