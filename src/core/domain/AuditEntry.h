#pragma once

#include "core/domain/AuditAction.h"
#include "core/domain/EntityKind.h"
#include "core/domain/FieldChange.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pr::core {

// One change in the audit trail (accountability, art. 5(2)). Entries are chained: each hash
// covers the previous entry's hash and this entry, so that an edited or removed entry breaks
// the chain. How the hash is computed belongs to storage; this type only carries it.
struct AuditEntry {
    qint64 id = 0;                                // 0 = not yet stored
    QDateTime at;                                 // when the change was committed (UTC)
    EntityKind entity = EntityKind::Organisation; // the kind of record changed
    qint64 entityId = 0;                          // the id of that record
    AuditAction action = AuditAction::Insert;     // what was done to it
    QList<FieldChange> changes;                   // the fields changed, from what to what
    QString osUser;                               // the OS account that made the change
    QByteArray previousHash;                      // hash of the entry before; empty for the first
    QByteArray hash;                              // SHA-256 over previousHash and this entry

    friend bool operator==(const AuditEntry&, const AuditEntry&) = default;
};

} // namespace pr::core
