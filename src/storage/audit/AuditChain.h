#pragma once

#include "core/domain/AuditEntry.h"

#include <QByteArray>

namespace pr::storage {

// How the entries of the audit trail are chained: hash = SHA-256(previous hash || canonical
// form of the entry), where the first entry's "previous hash" is 32 zero bytes. An edited
// entry no longer matches its hash, and a removed or reordered one breaks the link of the
// entry after it.
//
// Without a secret this detects changes made behind the program's back by anyone who does not
// also recompute every later hash; the head kept in meta (AuditTrail) adds the last entry,
// so that cutting off the end shows too.
class AuditChain {
public:
    static constexpr qsizetype kHashSize = 32;

    // The bytes that are hashed: a version tag, then id, time (UTC, milliseconds), entity code,
    // entity id, action code, OS user, the number of changes and each change's field, old and
    // new value; every item as a 4-byte big-endian length and UTF-8. Lengths make the form
    // unambiguous whatever the values contain. Never change it: old trails must verify.
    static QByteArray canonicalForm(const core::AuditEntry& entry);

    // The hash of ENTRY after PREVIOUSHASH (empty for the first entry). ENTRY's own hash and
    // previousHash fields are not read.
    static QByteArray hash(const QByteArray& previousHash, const core::AuditEntry& entry);
};

} // namespace pr::storage
