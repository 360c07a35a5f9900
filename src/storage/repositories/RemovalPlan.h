#pragma once

#include "storage/repositories/Referrer.h"

#include <QList>
#include <QString>

namespace pr::storage {

// What deleting a record together with what refers to it would do, for the GUI to spell out
// before the user confirms.
// The repository that made it carries it out only if it still describes the register
// exactly; otherwise the user confirmed something else and is asked again.
struct RemovalPlan {
    Referrer target;           // the record to delete
    QList<Referrer> deleted;   // deleted with it: a client's agreements
    QList<Referrer> unlinked;  // kept, but no longer refer to it: an agreement whose Bijlage 1
                               // loses the activity, an activity that no longer lists the client
    QList<Referrer> remaining; // refer to it and are never deleted or changed by a cascade
                               // (requests and breaches must stay on record): while there are
                               // any, the delete is refused

    bool isPossible() const { return remaining.isEmpty(); }
    // The plan in words, with the records' names (register content: show, never log).
    QString describe() const;

    friend bool operator==(const RemovalPlan&, const RemovalPlan&) = default;
};

namespace detail {
// Before a cascade: throws ReferencedRowError when CURRENT is not possible, and RegisterError
// when the user confirmed another plan than CURRENT (the register changed in between).
void requireConfirmed(const RemovalPlan& current, const RemovalPlan& confirmed);
} // namespace detail

} // namespace pr::storage
