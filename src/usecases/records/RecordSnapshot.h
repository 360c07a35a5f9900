#pragma once

#include "core/domain/EntityKind.h"
#include "storage/audit/AuditContext.h"
#include "storage/repositories/Referrer.h"

#include <memory>

namespace pr::storage {
class SqliteDatabase;
}

namespace pr::usecases {

// A record as it was before it is deleted, so that undo can put it back under the same id
// (the repositories' insert keeps a given id) with every list it had.
class RecordSnapshot {
public:
    virtual ~RecordSnapshot() = default;

    // The record as the user knows it: "security measure 'Firewall'" (storage::nameOf).
    virtual storage::Referrer record() const = 0;
    // Deletes the record; throws as its repository does (ReferencedRowError while others
    // refer to it).
    virtual void remove(storage::SqliteDatabase& db, const storage::AuditContext& audit) const = 0;
    // Inserts the record again as it was.
    virtual void restore(storage::SqliteDatabase& db, const storage::AuditContext& audit) const = 0;

    // The record ID of KIND as it is now; nullptr when there is none, or when records of KIND
    // are not deleted from the window (the organisation; data breaches, which art. 33(5)
    // asks to keep on record).
    static std::unique_ptr<RecordSnapshot> take(const storage::SqliteDatabase& db,
                                                core::EntityKind kind, qint64 id);
    static bool isDeletable(core::EntityKind kind);
};

} // namespace pr::usecases
