#pragma once

#include "storage/audit/AuditBreak.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pr::storage {

class Backups;
class SqliteDatabase;

// The head of the audit trail: its last entry's id and hash. Whoever holds a head can later
// check that a register still holds that entry unchanged, so that its trail was neither cut
// back nor rewritten from there on. The register's own copy of its head (in meta) cannot show
// that: whoever edits the decrypted file can set it to the entry that remains last.
struct AuditAnchor {
    qint64 entryId = 0;
    QByteArray hash;   // SHA-256, 32 bytes
    QDateTime savedAt; // UTC: the save that recorded it; invalid for a head not recorded

    // Lower-case hexadecimal, as the JSON export and the signed DPA show it.
    QString hashHex() const;

    friend bool operator==(const AuditAnchor&, const AuditAnchor&) = default;
};

// The heads recorded outside the register, in a small text file beside its backups
// ("<folder of the backups>/<name>.audit-anchor"): each successful save records the head it
// saved. A side file rather than the backups' names, because backups are made once per
// session and pruned, while the anchor must follow every save and outlive every backup.
//
// The file holds no register content (an entry count and a hash of salted digests), so it is
// not encrypted. It is one line per head: "<entry id> <hash, hex> <saved at, UTC ISO 8601>".
// Normally there is one line, the newest head; a head the register no longer holds is kept
// as a line of its own, so that the evidence of a cut survives later saves.
// docs/security.md says what this protects against and what it cannot.
class AuditAnchorFile {
public:
    // Beside the backups of the register at REGISTERPATH.
    static QString pathFor(const QString& registerPath, const Backups& backups);

    // DB's head now; nothing while its trail is empty.
    static std::optional<AuditAnchor> headOf(const SqliteDatabase& db);

    // Records DB's head, saved at SAVEDAT, in the file at PATH (creating its folder). Call
    // after the register was saved. A failure is logged, not thrown: the save itself
    // succeeded, and only this check is missing until the next save records it. Returns
    // whether the head was recorded.
    static bool record(const QString& path, const SqliteDatabase& db, const QDateTime& savedAt);

    // As record(), for a register that is new at its path (created, or saved under a new
    // name): heads left at PATH by an earlier register of that name are dropped first.
    static bool start(const QString& path, const SqliteDatabase& db, const QDateTime& savedAt);

    // The heads in the file at PATH, oldest first; none when there is no file (a register
    // never saved by a version that records them). Unreadable lines are skipped.
    static QList<AuditAnchor> read(const QString& path);

    // The whole check of DB's trail: AuditTrail::verify, then every head recorded at PATH
    // must still be in the trail with its hash. The first problem, or nothing.
    static std::optional<AuditBreak> verify(const SqliteDatabase& db, const QString& path);

    // Whether DB's trail holds ANCHOR's entry with ANCHOR's hash.
    static bool holds(const SqliteDatabase& db, const AuditAnchor& anchor);
};

} // namespace pr::storage
