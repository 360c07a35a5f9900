#pragma once

#include "storage/audit/AuditBreak.h"
#include "storage/audit/AuditStore.h"

#include <QList>

#include <optional>

// Walking a trail to its first break, for the current form of the chain and for the first one
// (AuditChain). Internal to AuditTrail and AuditUpgrade.

namespace pr::storage::detail {

enum class ChainForm {
    Current, // salted digests of the values (schema 5 on, JSON format 2)
    Legacy,  // the values themselves (schema 2 to 4, JSON format 1)
};

// The first entry of ROWS (every entry, in id order) at which the chain is broken, given HEAD
// as the register recorded it; nothing when all of it verifies.
std::optional<AuditBreak> firstBreak(const QList<StoredAuditEntry>& rows,
                                     const std::optional<AuditHead>& head, ChainForm form);

} // namespace pr::storage::detail
