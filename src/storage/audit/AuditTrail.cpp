#include "storage/audit/AuditTrail.h"

#include "storage/RegisterErrors.h"
#include "storage/audit/AuditChain.h"
#include "storage/audit/AuditDiff.h"
#include "storage/audit/AuditStore.h"

namespace pr::storage {

using core::AuditEntry;

namespace {

QList<AuditEntry> entriesOf(const QList<detail::StoredAuditEntry>& stored)
{
    QList<AuditEntry> entries;
    entries.reserve(stored.size());
    for (const detail::StoredAuditEntry& row : stored) {
        if (!row.entry) {
            // Only an edit behind the program's back gets past the CHECK constraints; verify()
            // reports it as an altered entry.
            throw DatabaseError(
                QStringLiteral("database error: audit entry %1 cannot be read").arg(row.id));
        }
        entries << *row.entry;
    }
    return entries;
}

} // namespace

std::optional<qint64> AuditTrail::record(SqliteDatabase& db, const AuditContext& context,
                                         core::EntityKind entity, qint64 entityId,
                                         core::AuditAction action, const QJsonObject& before,
                                         const QJsonObject& after)
{
    if (!context.recordChanges) {
        return std::nullopt;
    }
    AuditEntry entry;
    entry.changes = AuditDiff::changes(before, after);
    if (action == core::AuditAction::Update && entry.changes.isEmpty()) {
        return std::nullopt;
    }
    const std::optional<detail::AuditHead> last = detail::lastAuditEntry(db);
    // Ids count up from 1 without gaps, so that a missing entry shows as a gap in verify().
    entry.id = last ? last->id + 1 : 1;
    // Milliseconds are what the table keeps; cutting them here makes the hash cover exactly
    // what is stored.
    const QDateTime now = context.clock.now().toUTC();
    entry.at = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
    entry.entity = entity;
    entry.entityId = entityId;
    entry.action = action;
    entry.osUser =
        context.osUser.trimmed().isEmpty() ? AuditContext::currentOsUser() : context.osUser;
    entry.previousHash = last ? last->hash : QByteArray();
    entry.hash = AuditChain::hash(entry.previousHash, entry);
    detail::appendAuditEntry(db, entry);
    return entry.id;
}

QList<AuditEntry> AuditTrail::all(const SqliteDatabase& db)
{
    return entriesOf(detail::readAuditEntries(db));
}

QList<AuditEntry> AuditTrail::entriesFor(const SqliteDatabase& db, core::EntityKind entity,
                                         qint64 entityId)
{
    return entriesOf(detail::readAuditEntries(db, entity, entityId));
}

std::optional<AuditBreak> AuditTrail::verify(const SqliteDatabase& db)
{
    using Reason = AuditBreak::Reason;
    qint64 previousId = 0;
    QByteArray previousHash;
    for (const detail::StoredAuditEntry& row : detail::readAuditEntries(db)) {
        if (row.id != previousId + 1) {
            return AuditBreak{row.id, Reason::Missing};
        }
        if (!row.entry) {
            return AuditBreak{row.id, Reason::Altered};
        }
        const AuditEntry& entry = *row.entry;
        if (entry.previousHash != previousHash) {
            return AuditBreak{row.id, Reason::Unlinked};
        }
        if (AuditChain::hash(previousHash, entry) != entry.hash) {
            return AuditBreak{row.id, Reason::Altered};
        }
        previousId = row.id;
        previousHash = entry.hash;
    }
    // The chain cannot show entries cut off at its end, nor entries added to it by someone
    // who computed their hashes; the head the program recorded in meta can.
    const std::optional<detail::AuditHead> head = detail::recordedAuditHead(db);
    if (!head) {
        if (previousId == 0) {
            return std::nullopt;
        }
        return AuditBreak{1, Reason::Unrecorded};
    }
    if (head->id > previousId) {
        return AuditBreak{previousId + 1, Reason::Truncated};
    }
    if (head->id < previousId) {
        return AuditBreak{head->id + 1, Reason::Unrecorded};
    }
    if (head->hash != previousHash) {
        return AuditBreak{previousId, Reason::Altered};
    }
    return std::nullopt;
}

} // namespace pr::storage
