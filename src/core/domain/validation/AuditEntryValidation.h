#pragma once

#include "core/domain/AuditEntry.h"
#include "core/domain/validation/ValidationIssue.h"

#include <QList>

namespace pr::core {

// Every problem with VALUE at once; empty when it may be stored as it is.
//
// Rules: time, record id and OS user required; an update lists at least one changed field,
// each named; hashes, where present, are 32 bytes (SHA-256).
QList<ValidationIssue> validate(const AuditEntry& value);

} // namespace pr::core
