#include "storage/audit/AuditAnchor.h"

#include "storage/ByteView.h"
#include "storage/RegisterErrors.h"
#include "storage/audit/AuditStore.h"
#include "storage/audit/AuditTrail.h"
#include "storage/file/AtomicFile.h"
#include "storage/file/Backups.h"
#include "storage/sqlite/SqliteDatabase.h"
#include "storage/sqlite/SqliteStatement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

namespace pr::storage {

namespace {

const QString kHeader = QStringLiteral(
    "# Privacyregister: the last audit entry (id, SHA-256) of each save of the register.\n");

QByteArray lineOf(const AuditAnchor& anchor)
{
    return QStringLiteral("%1 %2 %3\n")
        .arg(anchor.entryId)
        .arg(anchor.hashHex(), anchor.savedAt.toUTC().toString(Qt::ISODateWithMs))
        .toUtf8();
}

std::optional<AuditAnchor> parse(const QString& line)
{
    const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 3) {
        return std::nullopt;
    }
    AuditAnchor anchor;
    bool ok = false;
    anchor.entryId = parts[0].toLongLong(&ok);
    anchor.hash = QByteArray::fromHex(parts[1].toLatin1());
    anchor.savedAt = QDateTime::fromString(parts[2], Qt::ISODateWithMs);
    if (!ok || anchor.entryId <= 0 || anchor.hash.size() != 32 || !anchor.savedAt.isValid()) {
        return std::nullopt;
    }
    return anchor;
}

} // namespace

QString AuditAnchor::hashHex() const
{
    return QString::fromLatin1(hash.toHex());
}

QString AuditAnchorFile::pathFor(const QString& registerPath, const Backups& backups)
{
    const QString baseName = QFileInfo(registerPath).completeBaseName();
    return QDir(backups.directory()).filePath(baseName + QStringLiteral(".audit-anchor"));
}

std::optional<AuditAnchor> AuditAnchorFile::headOf(const SqliteDatabase& db)
{
    const std::optional<detail::AuditHead> last = detail::lastAuditEntry(db);
    if (!last) {
        return std::nullopt;
    }
    return AuditAnchor{last->id, last->hash, {}};
}

bool AuditAnchorFile::holds(const SqliteDatabase& db, const AuditAnchor& anchor)
{
    SqliteStatement select = db.prepare(u"SELECT hash FROM audit_entry WHERE id = ?1");
    select.bind(1, static_cast<std::int64_t>(anchor.entryId));
    return select.step() && select.blob(0) == anchor.hash;
}

bool AuditAnchorFile::record(const QString& path, const SqliteDatabase& db,
                             const QDateTime& savedAt)
{
    std::optional<AuditAnchor> head = headOf(db);
    if (!head) {
        return false;
    }
    head->savedAt = savedAt.toUTC();
    try {
        const QList<AuditAnchor> earlier = read(path);
        // The newest head already recorded: a save that added no entry changes nothing.
        if (!earlier.isEmpty() && earlier.constLast().entryId == head->entryId &&
            earlier.constLast().hash == head->hash) {
            return true;
        }
        QByteArray text = kHeader.toUtf8();
        for (const AuditAnchor& anchor : earlier) {
            // A head the trail still holds is covered by the new one; one it does not hold is
            // the evidence that the trail was cut or rewritten, and stays.
            if (!holds(db, anchor)) {
                text += lineOf(anchor);
            }
        }
        text += lineOf(*head);
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            throw SaveError(path, QStringLiteral("cannot create the folder"));
        }
        AtomicFile::write(path, byteView(text));
    } catch (const RegisterError& error) {
        spdlog::warn("the audit trail's head could not be recorded beside the backups: {}",
                     error.what());
        return false;
    }
    return true;
}

bool AuditAnchorFile::start(const QString& path, const SqliteDatabase& db, const QDateTime& savedAt)
{
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        spdlog::warn("an audit anchor file of an earlier register cannot be removed");
    }
    return record(path, db, savedAt);
}

QList<AuditAnchor> AuditAnchorFile::read(const QString& path)
{
    QList<AuditAnchor> anchors;
    if (!QFileInfo::exists(path)) {
        return anchors;
    }
    const QString text = QString::fromUtf8(AtomicFile::read(path));
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        if (const std::optional<AuditAnchor> anchor = parse(line)) {
            anchors.append(*anchor);
        } else {
            spdlog::warn("a line of the audit anchor file cannot be read and is skipped");
        }
    }
    return anchors;
}

std::optional<AuditBreak> AuditAnchorFile::verify(const SqliteDatabase& db, const QString& path)
{
    if (std::optional<AuditBreak> broken = AuditTrail::verify(db)) {
        return broken;
    }
    const std::optional<AuditAnchor> head = headOf(db);
    const qint64 last = head ? head->entryId : 0;
    for (const AuditAnchor& anchor : read(path)) {
        if (holds(db, anchor)) {
            continue;
        }
        AuditBreak broken;
        broken.anchoredEntryId = anchor.entryId;
        broken.anchoredAt = anchor.savedAt;
        if (anchor.entryId > last) {
            broken.entryId = last + 1;
            broken.reason = AuditBreak::Reason::ShorterThanAnchored;
        } else {
            broken.entryId = anchor.entryId;
            broken.reason = AuditBreak::Reason::DiffersFromAnchored;
        }
        return broken;
    }
    return std::nullopt;
}

} // namespace pr::storage
