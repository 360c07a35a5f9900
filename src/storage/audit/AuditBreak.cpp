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
    }
    return {};
}

} // namespace pr::storage
