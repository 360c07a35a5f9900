#pragma once

#include <QString>

namespace pr::core {

// One field that a change in the audit trail altered, with its values as text (the form the
// JSON interchange uses), so that entries of every entity have the same shape.
struct FieldChange {
    QString field; // the field's name, as in the domain types ("legalBasis", "purposes")
    QString from;  // the value before; empty for an insert
    QString to;    // the value after; empty for a delete

    friend bool operator==(const FieldChange&, const FieldChange&) = default;
};

} // namespace pr::core
