#pragma once

#include "core/domain/AuditEntry.h"
#include "storage/audit/AuditBreak.h"

#include <QList>

#include <optional>

namespace pr::storage {

class SqliteDatabase;

// From the first form of the chain, which hashed the values themselves, to salted digests
// (AuditChain), so that values can be redacted. Used once per register by schema 5
// (Migration5) and for every JSON export of format 1 that is imported.
//
// Rechaining recomputes every hash, which is exactly what the chain exists to prevent behind
// the program's back. So the old chain is checked first, in its own form, and a break found
// there is kept in the register (meta) and reported by AuditTrail::verify() from then on:
// the upgrade never turns a trail that did not verify into one that does.
class AuditUpgrade {
public:
    // ENTRIES (in id order, chained in the first form) with a salt and digest for every change
    // and the hashes of the current form. Ids, times, users and values stay as they were.
    static QList<core::AuditEntry> rechained(QList<core::AuditEntry> entries);

    // Where the first form of ENTRIES breaks, ENTRIES' last entry taken as the recorded head
    // (a JSON export records no head of its own).
    static std::optional<AuditBreak> legacyBreak(const QList<core::AuditEntry>& entries);

    // A trail in the tables as schema 2 to 4 made them, and where its first form breaks.
    struct LegacyTrail {
        QList<core::AuditEntry> entries;
        std::optional<AuditBreak> found;
    };
    static LegacyTrail readLegacy(const SqliteDatabase& db);
    // Writes TRAIL, rechained, into the (empty) tables of schema 5, and keeps its break.
    // Migration5 calls both inside the migration's transaction, around rebuilding the tables.
    static void writeRechained(SqliteDatabase& db, const LegacyTrail& trail);

    // The break found before the upgrade, or nothing when the old chain verified.
    static std::optional<AuditBreak> breakBeforeUpgrade(const SqliteDatabase& db);
    static void keepBreakBeforeUpgrade(SqliteDatabase& db, const AuditBreak& found);
};

} // namespace pr::storage
