#pragma once

#include "core/domain/EntityKind.h"
#include "usecases/ChangeResult.h"

#include <QCoreApplication>

namespace pr::usecases {

class RecordSnapshot;
class RecordVersion;
class UseCaseContext;

// Adding, editing and deleting records, with the rules of each kind, for both front ends. Each
// call is one write (RegisterWriter): one transaction, one encrypted save.
//
// The undo of the desktop program puts earlier versions back through restore() and
// removeAdded(): those apply no edit rule (the version was stored before, under the rules of
// its time), but removeAdded() keeps what the law says to keep: a data breach, once recorded,
// is never removed (AVG art. 33(5)), not even by undoing its addition.
class RecordChanges {
    Q_DECLARE_TR_FUNCTIONS(RecordChanges)

public:
    // Stores AFTER as a new record (BEFORE nullptr) or as the new version of BEFORE, when it
    // passes AFTER.check(BEFORE, today) and AFTER.checkInRegister(the register). A new record takes
    // the id the register gives it (AFTER.id() afterwards, and the result's id).
    static ChangeResult save(const UseCaseContext& context, const RecordVersion* before,
                             RecordVersion& after);
    // Stores VERSION again as it was (undo of an edit, redo of an insert or edit).
    static ChangeResult restore(const UseCaseContext& context, RecordVersion& version, bool asNew);
    // Removes the record that saving VERSION as new made (undo of an add); refused for the
    // kinds that are never deleted (RecordSnapshot::isDeletable).
    static ChangeResult removeAdded(const UseCaseContext& context, const RecordVersion& version);
    // Deletes the record of SNAPSHOT; refused with the names of the records that refer to it.
    static ChangeResult remove(const UseCaseContext& context, const RecordSnapshot& snapshot);
    // Puts SNAPSHOT's record back under its id (undo of a delete).
    static ChangeResult putBack(const UseCaseContext& context, const RecordSnapshot& snapshot);
    // Why records of KIND are not deleted; empty when they are.
    static QString whyKept(core::EntityKind kind);
};

} // namespace pr::usecases
