#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pr::storage {

// The first place where the audit trail does not verify (AuditTrail::verify).
struct AuditBreak {
    Q_DECLARE_TR_FUNCTIONS(AuditBreak)
public:
    enum class Reason {
        Altered,    // the entry's content no longer matches its hash: it was edited
        Unlinked,   // the entry does not follow the hash of the entry before it: that one was
                    // replaced, or entries were reordered
        Missing,    // entries before this one are gone (its id does not follow the one before)
        Truncated,  // entries at the end are gone: the last entry is not the one the register
                    // recorded as its last (entryId is the first one missing)
        Unrecorded, // the entry is not one the program wrote: it lies beyond the last entry
                    // the register recorded, or that record is gone
        UnrecordedRedaction, // values of the entry were removed, but no later Redact entry of
                             // its record names the field: not removed by the program
        // Against a head recorded outside the register (AuditAnchorFile):
        ShorterThanAnchored, // the trail ends before the entry an earlier save recorded as its
                             // last (entryId is the first one missing)
        DiffersFromAnchored, // the entry an earlier save recorded has another hash now: the
                             // trail was rewritten from there on
    };

    qint64 entryId = 0;
    Reason reason = Reason::Altered;
    // For the two reasons against a recorded head: that head's entry and when it was saved.
    qint64 anchoredEntryId = 0;
    QDateTime anchoredAt = {};

    // One sentence for the user, e.g. "Audit entry 12 was changed after it was written."
    QString describe() const;

    friend bool operator==(const AuditBreak&, const AuditBreak&) = default;
};

} // namespace pr::storage
