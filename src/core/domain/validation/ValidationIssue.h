#pragma once

#include <QList>
#include <QString>

namespace pr::core {

// One problem with a record, found by one of the validate() functions. Validation reports every
// problem at once, so that an editor can mark all of them in one go.
struct ValidationIssue {
    // The field, as a path of the domain type's member names: "legitimateInterest",
    // "purposes[2]", "staffRoles[0].operations[1]", "art9Exceptions.health".
    QString field;
    // What is wrong and how to fix it, for people. The source text is English and is
    // translated in the "Validation" context (Dutch is the translation the users see).
    QString message;

    friend bool operator==(const ValidationIssue&, const ValidationIssue&) = default;
};

} // namespace pr::core
