#include "storage/audit/AuditBreak.h"

namespace pr::storage {

QString AuditBreak::describe() const
{
    switch (reason) {
    case Reason::Altered:
        return tr("Audit entry %1 was changed after it was written.").arg(entryId);
    case Reason::Unlinked:
        return tr("Audit entry %1 does not follow the entry before it: that entry was replaced "
                  "or the entries were reordered.")
            .arg(entryId);
    case Reason::Missing:
        return tr("Audit entries before entry %1 were removed.").arg(entryId);
    case Reason::Truncated:
        return tr("Audit entries from entry %1 on were removed.").arg(entryId);
    case Reason::Unrecorded:
        return tr("Audit entry %1 was not written by this program.").arg(entryId);
    case Reason::UnrecordedRedaction:
        return tr("Values were removed from audit entry %1 without a record of their removal.")
            .arg(entryId);
    case Reason::ShorterThanAnchored:
        return tr("Audit entries from entry %1 on were removed: the save of %2 recorded a trail "
                  "up to entry %3. Entries were cut off, or an older copy of the register was "
                  "put back.")
            .arg(entryId)
            .arg(anchoredAt.toUTC().toString(Qt::ISODate))
            .arg(anchoredEntryId);
    case Reason::DiffersFromAnchored:
        return tr("Audit entry %1 is not the entry the save of %2 recorded: the trail was "
                  "rewritten from there on, or another copy of the register was put back.")
            .arg(entryId)
            .arg(anchoredAt.toUTC().toString(Qt::ISODate));
    }
    return {};
}

} // namespace pr::storage
