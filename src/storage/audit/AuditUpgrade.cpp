#include "storage/audit/AuditUpgrade.h"

#include "storage/audit/AuditChain.h"
#include "storage/audit/AuditChainCheck.h"
#include "storage/audit/AuditStore.h"

#include <array>
#include <utility>

namespace pr::storage {

namespace {

constexpr QStringView kBreakKey = u"audit_break_before_upgrade";

using Reason = AuditBreak::Reason;

// How a reason is kept in meta; codes, not numbers, so that reordering the enum is harmless.
constexpr std::array<std::pair<Reason, QStringView>, 6> kReasonCodes{{
    {Reason::Altered, u"altered"},
    {Reason::Unlinked, u"unlinked"},
    {Reason::Missing, u"missing"},
    {Reason::Truncated, u"truncated"},
    {Reason::Unrecorded, u"unrecorded"},
    {Reason::UnrecordedRedaction, u"unrecorded-redaction"},
}};

QList<detail::StoredAuditEntry> storedForm(const QList<core::AuditEntry>& entries)
{
    QList<detail::StoredAuditEntry> rows;
    rows.reserve(entries.size());
    for (const core::AuditEntry& entry : entries) {
        rows << detail::StoredAuditEntry{entry.id, entry};
    }
    return rows;
}

} // namespace

QList<core::AuditEntry> AuditUpgrade::rechained(QList<core::AuditEntry> entries)
{
    QByteArray previousHash;
    for (core::AuditEntry& entry : entries) {
        for (core::FieldChange& change : entry.changes) {
            change = AuditChain::committed(change);
        }
        entry.previousHash = previousHash;
        entry.hash = AuditChain::hash(previousHash, entry);
        previousHash = entry.hash;
    }
    return entries;
}

std::optional<AuditBreak> AuditUpgrade::legacyBreak(const QList<core::AuditEntry>& entries)
{
    std::optional<detail::AuditHead> head;
    if (!entries.isEmpty()) {
        head = detail::AuditHead{entries.last().id, entries.last().hash};
    }
    return detail::firstBreak(storedForm(entries), head, detail::ChainForm::Legacy);
}

AuditUpgrade::LegacyTrail AuditUpgrade::readLegacy(const SqliteDatabase& db)
{
    const QList<detail::StoredAuditEntry> rows = detail::readLegacyAuditEntries(db);
    LegacyTrail trail;
    trail.found =
        detail::firstBreak(rows, detail::recordedAuditHead(db), detail::ChainForm::Legacy);
    for (const detail::StoredAuditEntry& row : rows) {
        // An entry that cannot be read cannot be chained again either; the break found above
        // names it.
        if (row.entry) {
            trail.entries << *row.entry;
        }
    }
    return trail;
}

void AuditUpgrade::writeRechained(SqliteDatabase& db, const LegacyTrail& trail)
{
    for (const core::AuditEntry& entry : rechained(trail.entries)) {
        detail::appendAuditEntry(db, entry);
    }
    if (trail.found) {
        keepBreakBeforeUpgrade(db, *trail.found);
    }
}

std::optional<AuditBreak> AuditUpgrade::breakBeforeUpgrade(const SqliteDatabase& db)
{
    const std::optional<QString> kept = detail::auditMeta(db, kBreakKey);
    if (!kept) {
        return std::nullopt;
    }
    const QStringList parts = kept->split(QLatin1Char(' '));
    for (const auto& [reason, code] : kReasonCodes) {
        if (parts.size() == 2 && parts[1] == code) {
            return AuditBreak{parts[0].toLongLong(), reason};
        }
    }
    // Unreadable: someone edited the note itself.
    return AuditBreak{1, Reason::Altered};
}

void AuditUpgrade::keepBreakBeforeUpgrade(SqliteDatabase& db, const AuditBreak& found)
{
    for (const auto& [reason, code] : kReasonCodes) {
        if (reason == found.reason) {
            detail::setAuditMeta(
                db, kBreakKey, QString::number(found.entryId) + QLatin1Char(' ') + code.toString());
        }
    }
}

} // namespace pr::storage
