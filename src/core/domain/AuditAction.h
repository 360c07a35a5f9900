#pragma once

#include "core/domain/EnumTable.h"

#include <array>

namespace pr::core {

// What a change in the audit trail did to its record.
enum class AuditAction {
    Insert,
    Update,
    Delete,
    // Values of earlier entries of the record were removed from the trail (an erasure, or
    // the anonymisation of an expired request); the entry lists the fields concerned.
    Redact,
};

template <>
struct EnumTable<AuditAction> {
    static constexpr std::array entries{
        EnumEntry<AuditAction>{AuditAction::Insert, u"insert",
                               QT_TRANSLATE_NOOP("Domain", "Added")},
        EnumEntry<AuditAction>{AuditAction::Update, u"update",
                               QT_TRANSLATE_NOOP("Domain", "Changed")},
        EnumEntry<AuditAction>{AuditAction::Delete, u"delete",
                               QT_TRANSLATE_NOOP("Domain", "Deleted")},
        EnumEntry<AuditAction>{AuditAction::Redact, u"redact",
                               QT_TRANSLATE_NOOP("Domain", "Values removed")},
    };
};

} // namespace pr::core
