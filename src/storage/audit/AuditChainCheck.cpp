#include "storage/audit/AuditChainCheck.h"

#include "storage/audit/AuditChain.h"

#include <QMap>

#include <algorithm>
#include <tuple>

namespace pr::storage::detail {

namespace {

bool intact(const QByteArray& previousHash, const core::AuditEntry& entry, ChainForm form)
{
    if (form == ChainForm::Legacy) {
        return AuditChain::legacyHash(previousHash, entry) == entry.hash;
    }
    // A value edited without its digest shows here; a digest edited shows in the hash.
    return std::all_of(entry.changes.cbegin(), entry.changes.cend(), AuditChain::valuesMatch) &&
           AuditChain::hash(previousHash, entry) == entry.hash;
}

// A redaction is legitimate only when the program recorded it: a Redact entry of the same
// record, later in the chain, that names the field. Without this check anyone with a
// decrypted copy could remove values unseen, since a redacted change still verifies.
class RedactionCheck {
public:
    void see(const core::AuditEntry& entry)
    {
        for (const core::FieldChange& change : entry.changes) {
            const Key key{core::enumCode(entry.entity), entry.entityId, change.field};
            if (entry.action == core::AuditAction::Redact) {
                m_unaccounted.remove(key);
            } else if (change.redacted && !m_unaccounted.contains(key)) {
                m_unaccounted.insert(key, entry.id);
            }
        }
    }

    // The first entry with a redaction no Redact entry accounts for.
    std::optional<qint64> firstUnaccounted() const
    {
        if (m_unaccounted.isEmpty()) {
            return std::nullopt;
        }
        const QList<qint64> ids = m_unaccounted.values();
        return *std::min_element(ids.cbegin(), ids.cend());
    }

private:
    using Key = std::tuple<QString, qint64, QString>;
    QMap<Key, qint64> m_unaccounted;
};

} // namespace

std::optional<AuditBreak> firstBreak(const QList<StoredAuditEntry>& rows,
                                     const std::optional<AuditHead>& head, ChainForm form)
{
    using Reason = AuditBreak::Reason;
    qint64 previousId = 0;
    QByteArray previousHash;
    RedactionCheck redactions;
    for (const StoredAuditEntry& row : rows) {
        if (row.id != previousId + 1) {
            return AuditBreak{row.id, Reason::Missing};
        }
        if (!row.entry) {
            return AuditBreak{row.id, Reason::Altered};
        }
        const core::AuditEntry& entry = *row.entry;
        if (entry.previousHash != previousHash) {
            return AuditBreak{row.id, Reason::Unlinked};
        }
        if (!intact(previousHash, entry, form)) {
            return AuditBreak{row.id, Reason::Altered};
        }
        redactions.see(entry);
        previousId = row.id;
        previousHash = entry.hash;
    }
    // The chain cannot show entries cut off at its end, nor entries added to it by someone
    // who computed their hashes; the head the program recorded in meta can.
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
    if (const std::optional<qint64> unaccounted = redactions.firstUnaccounted()) {
        return AuditBreak{*unaccounted, Reason::UnrecordedRedaction};
    }
    return std::nullopt;
}

} // namespace pr::storage::detail
