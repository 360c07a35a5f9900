#include "storage/audit/AuditTrail.h"

#include "storage/RegisterErrors.h"
#include "storage/audit/AuditChain.h"
#include "storage/audit/AuditChainCheck.h"
#include "storage/audit/AuditDiff.h"
#include "storage/audit/AuditStore.h"
#include "storage/audit/AuditUpgrade.h"

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
    const QList<core::FieldChange> changes = AuditDiff::changes(before, after);
    if (action == core::AuditAction::Update && changes.isEmpty()) {
        return std::nullopt;
    }
    return append(db, context, entity, entityId, action, changes);
}

std::optional<qint64> AuditTrail::redact(SqliteDatabase& db, const AuditContext& context,
                                         core::EntityKind entity, qint64 entityId,
                                         const QStringList& fields)
{
    const QStringList redacted = detail::redactChanges(db, entity, entityId, fields);
    if (redacted.isEmpty()) {
        return std::nullopt;
    }
    // The redaction is itself accountable: which fields of which record lost their values,
    // when and by whom. The entry names the fields only. Written even when the context does
    // not record changes: without it verify() would take the redaction for tampering.
    QList<core::FieldChange> changes;
    for (const QString& field : redacted) {
        changes << core::FieldChange(field, QString(), QString());
    }
    return append(db, context, entity, entityId, core::AuditAction::Redact, changes);
}

qint64 AuditTrail::append(SqliteDatabase& db, const AuditContext& context, core::EntityKind entity,
                          qint64 entityId, core::AuditAction action,
                          const QList<core::FieldChange>& changes)
{
    AuditEntry entry;
    for (const core::FieldChange& change : changes) {
        entry.changes << AuditChain::committed(change);
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
    // A break in the trail as it was before its upgrade to salted digests comes first: the
    // upgrade chained the entries anew, so the current chain cannot show it.
    if (std::optional<AuditBreak> earlier = AuditUpgrade::breakBeforeUpgrade(db)) {
        return earlier;
    }
    return detail::firstBreak(detail::readAuditEntries(db), detail::recordedAuditHead(db),
                              detail::ChainForm::Current);
}

} // namespace pr::storage
