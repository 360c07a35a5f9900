#include "storage/audit/AuditStore.h"

#include "storage/repositories/SqlValues.h"
#include "storage/sqlite/SqliteDatabase.h"

#include <QHash>

namespace pr::storage::detail {

using core::AuditEntry;

namespace {

std::optional<AuditEntry> entryFrom(const SqliteStatement& row)
{
    AuditEntry entry;
    entry.id = row.integer(0);
    entry.at = instantAt(row, 1);
    const auto entity = core::enumFromCode<core::EntityKind>(row.text(2));
    const auto action = core::enumFromCode<core::AuditAction>(row.text(4));
    if (!entry.at.isValid() || !entity || !action) {
        return std::nullopt;
    }
    entry.entity = *entity;
    entry.entityId = row.integer(3);
    entry.action = *action;
    entry.osUser = row.text(5);
    entry.previousHash = blobAt(row, 6);
    entry.hash = blobAt(row, 7);
    return entry;
}

// CHANGES selects entry_id, field, old_value, new_value, salt, digest; NULL values are the
// mark of a redacted change.
QList<StoredAuditEntry> collect(SqliteStatement& entries, SqliteStatement& changes)
{
    QHash<qint64, QList<core::FieldChange>> changesByEntry;
    while (changes.step()) {
        core::FieldChange change;
        change.field = changes.text(1);
        change.redacted = changes.isNull(2);
        change.from = changes.text(2);
        change.to = changes.text(3);
        change.salt = blobAt(changes, 4);
        change.digest = blobAt(changes, 5);
        changesByEntry[changes.integer(0)] << change;
    }
    QList<StoredAuditEntry> result;
    while (entries.step()) {
        StoredAuditEntry stored{entries.integer(0), entryFrom(entries)};
        if (stored.entry) {
            stored.entry->changes = changesByEntry.value(stored.id);
        }
        result << stored;
    }
    return result;
}

QString selectEntries(QStringView condition)
{
    return QStringLiteral("SELECT id, at, entity, entity_id, action, os_user, previous_hash, "
                          "hash FROM audit_entry ") +
           condition.toString();
}

} // namespace

std::optional<QString> auditMeta(const SqliteDatabase& db, QStringView key)
{
    SqliteStatement select = db.prepare(u"SELECT value FROM meta WHERE key = ?1");
    select.bind(1, key.toString());
    return select.step() ? std::optional<QString>(select.text(0)) : std::nullopt;
}

void setAuditMeta(SqliteDatabase& db, QStringView key, const QString& value)
{
    db.prepare(u"INSERT INTO meta (key, value) VALUES (?1, ?2) "
               u"ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        .bind(1, key.toString())
        .bind(2, value)
        .run();
}

void appendAuditEntry(SqliteDatabase& db, const AuditEntry& entry)
{
    db.prepare(uR"sql(
        INSERT INTO audit_entry (id, at, entity, entity_id, action, os_user, previous_hash, hash)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
    )sql")
        .bind(1, integer(entry.id))
        .bind(2, instant(entry.at))
        .bind(3, core::enumCode(entry.entity))
        .bind(4, integer(entry.entityId))
        .bind(5, core::enumCode(entry.action))
        .bind(6, notNull(entry.osUser))
        .bind(7, blob(entry.previousHash))
        .bind(8, entry.hash)
        .run();
    SqliteStatement change = db.prepare(uR"sql(
        INSERT INTO audit_change (entry_id, position, field, old_value, new_value, salt, digest)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
    )sql");
    for (qsizetype i = 0; i < entry.changes.size(); ++i) {
        const core::FieldChange& field = entry.changes[i];
        change.bind(1, integer(entry.id)).bind(2, integer(i)).bind(3, notNull(field.field));
        if (field.redacted) {
            change.bindNull(4).bindNull(5).bindNull(6);
        } else {
            change.bind(4, notNull(field.from)).bind(5, notNull(field.to)).bind(6, field.salt);
        }
        change.bind(7, field.digest).run();
    }
    setAuditMeta(db, u"audit_head_id", QString::number(entry.id));
    setAuditMeta(db, u"audit_head_hash", QString::fromLatin1(entry.hash.toHex()));
}

QList<StoredAuditEntry> readAuditEntries(const SqliteDatabase& db)
{
    SqliteStatement entries = db.prepare(selectEntries(u"ORDER BY id"));
    SqliteStatement changes = db.prepare(uR"sql(
        SELECT entry_id, field, old_value, new_value, salt, digest
        FROM audit_change
        ORDER BY entry_id, position
    )sql");
    return collect(entries, changes);
}

QList<StoredAuditEntry> readLegacyAuditEntries(const SqliteDatabase& db)
{
    SqliteStatement entries = db.prepare(selectEntries(u"ORDER BY id"));
    SqliteStatement changes = db.prepare(uR"sql(
        SELECT entry_id, field, old_value, new_value, NULL, NULL
        FROM audit_change
        ORDER BY entry_id, position
    )sql");
    return collect(entries, changes);
}

QList<StoredAuditEntry> readAuditEntries(const SqliteDatabase& db, core::EntityKind entity,
                                         qint64 entityId)
{
    SqliteStatement entries =
        db.prepare(selectEntries(u"WHERE entity = ?1 AND entity_id = ?2 ORDER BY id"));
    entries.bind(1, core::enumCode(entity)).bind(2, integer(entityId));
    SqliteStatement changes = db.prepare(uR"sql(
        SELECT entry_id, field, old_value, new_value, salt, digest
        FROM audit_change
        WHERE entry_id IN (SELECT id FROM audit_entry WHERE entity = ?1 AND entity_id = ?2)
        ORDER BY entry_id, position
    )sql");
    changes.bind(1, core::enumCode(entity)).bind(2, integer(entityId));
    return collect(entries, changes);
}

QStringList redactChanges(SqliteDatabase& db, core::EntityKind entity, qint64 entityId,
                          const QStringList& fields)
{
    SqliteStatement redact = db.prepare(uR"sql(
        UPDATE audit_change SET old_value = NULL, new_value = NULL, salt = NULL
        WHERE field = ?3 AND old_value IS NOT NULL
          AND entry_id IN (SELECT id FROM audit_entry
                           WHERE entity = ?1 AND entity_id = ?2 AND action <> 'redact')
        RETURNING entry_id
    )sql");
    QStringList redacted;
    for (const QString& field : fields) {
        redact.bind(1, core::enumCode(entity)).bind(2, integer(entityId)).bind(3, field);
        bool any = false;
        while (redact.step()) {
            any = true;
        }
        redact.reset();
        if (any) {
            redacted << field;
        }
    }
    return redacted;
}

std::optional<AuditHead> lastAuditEntry(const SqliteDatabase& db)
{
    SqliteStatement select =
        db.prepare(u"SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1");
    if (!select.step()) {
        return std::nullopt;
    }
    return AuditHead{select.integer(0), select.blob(1)};
}

std::optional<AuditHead> recordedAuditHead(const SqliteDatabase& db)
{
    const std::optional<QString> id = auditMeta(db, u"audit_head_id");
    const std::optional<QString> hash = auditMeta(db, u"audit_head_hash");
    if (!id || !hash) {
        return std::nullopt;
    }
    return AuditHead{id->toLongLong(), QByteArray::fromHex(hash->toLatin1())};
}

} // namespace pr::storage::detail
