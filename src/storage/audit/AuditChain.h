#pragma once

#include "core/domain/AuditEntry.h"

#include <QByteArray>

namespace pr::storage {

// How the entries of the audit trail are chained: hash = SHA-256(previous hash || canonical
// form of the entry), where the first entry's "previous hash" is 32 zero bytes. An edited
// entry no longer matches its hash, and a removed or reordered one breaks the link of the
// entry after it.
//
// The canonical form holds each change's field name and the digest of its values, not the
// values: digest = SHA-256 over a random salt and both values. A value can therefore be
// removed from the trail later (AuditTrail::redact) with its salt, leaving the digest, and the
// chain still verifies; while the value is there, verify() checks it against the digest.
//
// Without a secret this detects changes made behind the program's back by anyone who does not
// also recompute every later hash; the head kept in meta (AuditTrail) adds the last entry,
// so that cutting off the end shows too.
class AuditChain {
public:
    static constexpr qsizetype kHashSize = 32;
    static constexpr qsizetype kSaltSize = 16;

    // The bytes that are hashed: a version tag, then id, time (UTC, milliseconds), entity code,
    // entity id, action code, OS user, the number of changes and each change's field and
    // digest; every item as a 4-byte big-endian length and its bytes (text as UTF-8). Lengths
    // make the form unambiguous whatever the values contain. Never change it: old trails must
    // verify.
    static QByteArray canonicalForm(const core::AuditEntry& entry);
    // The hash of ENTRY after PREVIOUSHASH (empty for the first entry). ENTRY's own hash and
    // previousHash fields are not read; the changes' digests are.
    static QByteArray hash(const QByteArray& previousHash, const core::AuditEntry& entry);

    // The digest of a change's values: SHA-256 of a tag, SALT, FROM and TO, each as an item.
    static QByteArray valueDigest(const QByteArray& salt, const QString& from, const QString& to);
    // CHANGE with a fresh random salt and the digest of its values.
    static core::FieldChange committed(core::FieldChange change);
    // Whether CHANGE's values still match its digest; true for a redacted change, whose
    // values are gone.
    static bool valuesMatch(const core::FieldChange& change);

    // The first form (schema 2 to 4, JSON format 1), which hashed the values themselves. Only
    // read to check an old trail before it is chained anew (AuditUpgrade).
    static QByteArray legacyCanonicalForm(const core::AuditEntry& entry);
    static QByteArray legacyHash(const QByteArray& previousHash, const core::AuditEntry& entry);
};

} // namespace pr::storage
