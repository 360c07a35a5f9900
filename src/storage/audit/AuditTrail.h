#pragma once

#include "core/domain/AuditAction.h"
#include "core/domain/AuditEntry.h"
#include "core/domain/EntityKind.h"
#include "storage/audit/AuditBreak.h"
#include "storage/audit/AuditContext.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace pr::storage {

class SqliteDatabase;

// The audit trail (accountability, art. 5(2)): one entry per insert, update and delete made
// through the repositories, with when (UTC, from the context's clock), which record, what was
// done, the fields that changed from what to what, and the OS user. Entries are hash-chained
// (AuditChain) so that verify() finds an entry edited or removed behind the program's back.
//
// Personal data: an entry carries the values before and after the change, and these can be
// personal data (a requester's name, a contact's e-mail address). That is the point of the
// trail, and it is kept in the same encrypted register as the records themselves; beyond the
// changed values it holds only the OS account name. Binary fields (logo, signature, signed PDF)
// are recorded by size and SHA-256, not by content. When a value must go from the history too
// (an erasure, the anonymisation of an expired request), redact() removes it: the chain covers
// salted digests of the values, not the values, so it still verifies.
class AuditTrail {
public:
    // Appends the entry for a change of record ENTITYID of ENTITY from BEFORE to AFTER (the
    // records' JSON forms, core/json/DomainJson.h; an empty object for the side that does not
    // exist). Call it inside the write's transaction, after the change. An update that changed
    // no field records nothing. Returns the new entry's id, if one was written.
    static std::optional<qint64> record(SqliteDatabase& db, const AuditContext& context,
                                        core::EntityKind entity, qint64 entityId,
                                        core::AuditAction action, const QJsonObject& before,
                                        const QJsonObject& after);

    // Removes the values of FIELDS (JSON names) from every entry of record ENTITYID of ENTITY,
    // keeping their digests, and appends a Redact entry naming the fields that had values.
    // Call inside the write's transaction. Returns the Redact entry's id, if one was written
    // (nothing was left to remove otherwise). Cannot be undone.
    static std::optional<qint64> redact(SqliteDatabase& db, const AuditContext& context,
                                        core::EntityKind entity, qint64 entityId,
                                        const QStringList& fields);

    // Every entry, oldest first.
    static QList<core::AuditEntry> all(const SqliteDatabase& db);
    // The entries of one record, oldest first: its history.
    static QList<core::AuditEntry> entriesFor(const SqliteDatabase& db, core::EntityKind entity,
                                              qint64 entityId);

    // The first entry at which the chain is broken, or nothing when the whole trail verifies.
    static std::optional<AuditBreak> verify(const SqliteDatabase& db);

private:
    static qint64 append(SqliteDatabase& db, const AuditContext& context, core::EntityKind entity,
                         qint64 entityId, core::AuditAction action,
                         const QList<core::FieldChange>& changes);
};

} // namespace pr::storage
