#pragma once

#include <QByteArray>
#include <QString>

#include <utility>

namespace pr::core {

// One field that a change in the audit trail altered, with its values as text (the form the
// JSON interchange uses), so that entries of every entity have the same shape.
//
// The hash chain covers DIGEST, not the values themselves: a salted commitment to both values
// (storage/audit/AuditChain). That is what lets the values be removed later — an erasure, or
// the anonymisation of an old request — while every entry still verifies: a redacted change
// keeps its field name and digest and loses its values and salt. Without the salt nobody can
// test a guessed name against the digest.
struct FieldChange {
    FieldChange() = default;
    // A change as the diff finds it, before it is chained (no salt or digest yet).
    FieldChange(QString fieldName, QString before, QString after)
        : field(std::move(fieldName))
        , from(std::move(before))
        , to(std::move(after))
    {}

    QString field;         // the field's name, as in the domain types ("legalBasis", "purposes")
    QString from;          // the value before; empty for an insert, and once redacted
    QString to;            // the value after; empty for a delete, and once redacted
    QByteArray salt;       // random bytes of the commitment; empty until chained, and once redacted
    QByteArray digest;     // the commitment the chain covers; empty until chained
    bool redacted = false; // the values were removed (storage::AuditTrail::redact)

    friend bool operator==(const FieldChange&, const FieldChange&) = default;
};

} // namespace pr::core
