// Schema 5 and JSON format 2 (issue 8): a trail chained in the first form, which hashed the
// values themselves, is checked in that form and chained anew with salted digests. A trail
// that was intact stays intact with every value, time and user; one that was broken stays
// reported as broken, so the upgrade cannot launder it.

#include "core/json/RegisterDocument.h"
#include "storage/RegisterErrors.h"
#include "storage/audit/AuditChain.h"
#include "storage/audit/AuditTrail.h"
#include "storage/repositories/RepositoryFixture.h"
#include "storage/schema/Migrations.h"
#include "storage/transfer/RegisterTransfer.h"

#include <catch2/catch.hpp>

using namespace pr::storage;
using namespace pr::core;
using Reason = AuditBreak::Reason;

namespace {

// Three entries as the program before schema 5 wrote them, chained in the first form.
QList<AuditEntry> legacyEntries()
{
    QList<AuditEntry> entries;
    QByteArray previous;
    const auto add = [&](AuditAction action, QList<FieldChange> changes) {
        AuditEntry entry;
        entry.id = entries.size() + 1;
        entry.at = QDateTime(QDate(2026, 3, 2), QTime(9, 0, entries.size()), Qt::UTC);
        entry.entity = EntityKind::DataSubjectRequest;
        entry.entityId = 4;
        entry.action = action;
        entry.osUser = QStringLiteral("jdevries");
        entry.changes = std::move(changes);
        entry.previousHash = previous;
        entry.hash = AuditChain::legacyHash(previous, entry);
        previous = entry.hash;
        entries << entry;
    };
    add(AuditAction::Insert,
        {{QStringLiteral("reference"), QString(), QStringLiteral("2026-004")},
         {QStringLiteral("requesterName"), QString(), QStringLiteral("Ömer Çelik")}});
    add(AuditAction::Update, {{QStringLiteral("requesterName"), QStringLiteral("Ömer Çelik"),
                               QStringLiteral("Ö. Çelik")}});
    add(AuditAction::Update,
        {{QStringLiteral("status"), QStringLiteral("received"), QStringLiteral("answered")}});
    return entries;
}

// The old table wants '' rather than NULL for nothing.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// A database of schema 4 holding ENTRIES in its (first-form) audit tables, head recorded.
SqliteDatabase schema4With(const QList<AuditEntry>& entries)
{
    SqliteDatabase db = SqliteDatabase::createEmpty();
    Migrations::migrate(db, QStringLiteral("v4"), 4);
    for (const AuditEntry& entry : entries) {
        db.prepare(uR"sql(
            INSERT INTO audit_entry (id, at, entity, entity_id, action, os_user, previous_hash,
                                     hash)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
        )sql")
            .bind(1, static_cast<std::int64_t>(entry.id))
            .bind(2, entry.at.toUTC().toString(Qt::ISODateWithMs))
            .bind(3, enumCode(entry.entity))
            .bind(4, static_cast<std::int64_t>(entry.entityId))
            .bind(5, enumCode(entry.action))
            .bind(6, entry.osUser)
            .bind(7, entry.previousHash.isEmpty() ? std::optional<QByteArray>()
                                                  : std::optional(entry.previousHash))
            .bind(8, entry.hash)
            .run();
        for (qsizetype i = 0; i < entry.changes.size(); ++i) {
            db.prepare(u"INSERT INTO audit_change (entry_id, position, field, old_value, "
                       u"new_value) VALUES (?1, ?2, ?3, ?4, ?5)")
                .bind(1, static_cast<std::int64_t>(entry.id))
                .bind(2, static_cast<std::int64_t>(i))
                .bind(3, entry.changes[i].field)
                .bind(4, notNull(entry.changes[i].from))
                .bind(5, notNull(entry.changes[i].to))
                .run();
        }
    }
    if (!entries.isEmpty()) {
        db.prepare(u"INSERT INTO meta (key, value) VALUES ('audit_head_id', ?1), "
                   u"('audit_head_hash', ?2)")
            .bind(1, QString::number(entries.last().id))
            .bind(2, QString::fromLatin1(entries.last().hash.toHex()))
            .run();
    }
    return db;
}

// The parts of an entry the upgrade must keep.
struct Kept {
    qint64 id;
    QDateTime at;
    AuditAction action;
    QString osUser;
    QStringList values;
    friend bool operator==(const Kept&, const Kept&) = default;
};

QList<Kept> keptOf(const QList<AuditEntry>& entries)
{
    QList<Kept> kept;
    for (const AuditEntry& entry : entries) {
        QStringList values;
        for (const FieldChange& change : entry.changes) {
            values << change.field << change.from << change.to;
        }
        kept << Kept{entry.id, entry.at, entry.action, entry.osUser, values};
    }
    return kept;
}

} // namespace

TEST_CASE("Schema 5 chains an intact trail anew and keeps every entry", "[migrations][audit]")
{
    const QList<AuditEntry> legacy = legacyEntries();
    SqliteDatabase db = schema4With(legacy);

    Migrations::migrate(db, QStringLiteral("v4"));
    REQUIRE(db.userVersion() == Migrations::latestVersion());
    CHECK(db.integrityProblems().isEmpty());
    CHECK(AuditTrail::verify(db) == std::nullopt);

    const QList<AuditEntry> upgraded = AuditTrail::all(db);
    CHECK(keptOf(upgraded) == keptOf(legacy));
    for (const AuditEntry& entry : upgraded) {
        for (const FieldChange& change : entry.changes) {
            CHECK(change.salt.size() == AuditChain::kSaltSize);
            CHECK(AuditChain::valuesMatch(change));
        }
    }

    // The upgraded trail can be redacted and written on.
    const FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC));
    const AuditContext audit{clock, QStringLiteral("jdevries")};
    CHECK(AuditTrail::redact(db, audit, EntityKind::DataSubjectRequest, 4,
                             {QStringLiteral("requesterName")}));
    CHECK(AuditTrail::verify(db) == std::nullopt);
    for (const AuditEntry& entry : AuditTrail::all(db)) {
        for (const FieldChange& change : entry.changes) {
            CHECK_FALSE(change.to.contains(QStringLiteral("Çelik")));
            CHECK_FALSE(change.from.contains(QStringLiteral("Çelik")));
        }
    }
}

TEST_CASE("Schema 5 keeps reporting a trail that was broken before it", "[migrations][audit]")
{
    QList<AuditEntry> legacy = legacyEntries();
    SECTION("an edited value")
    {
        legacy[1].changes[0].to = QStringLiteral("Iemand anders"); // hash not recomputed
        SqliteDatabase db = schema4With(legacy);
        Migrations::migrate(db, QStringLiteral("v4"));
        CHECK(AuditTrail::verify(db) == AuditBreak{2, Reason::Altered});
        // And after later writes, which chain on the upgraded entries.
        const FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC));
        AuditTrail::redact(db, AuditContext{clock, QStringLiteral("x")},
                           EntityKind::DataSubjectRequest, 4, {QStringLiteral("status")});
        CHECK(AuditTrail::verify(db) == AuditBreak{2, Reason::Altered});
    }
    SECTION("entries cut off at the end")
    {
        SqliteDatabase db = schema4With(legacy);
        db.exec(u"DROP TRIGGER audit_change_no_delete; DROP TRIGGER audit_entry_no_delete;"
                u"DELETE FROM audit_change WHERE entry_id = 3;"
                u"DELETE FROM audit_entry WHERE id = 3;");
        Migrations::migrate(db, QStringLiteral("v4"));
        CHECK(AuditTrail::verify(db) == AuditBreak{3, Reason::Truncated});
    }
}

TEST_CASE("A register export of format 1 imports with its trail chained anew", "[transfer][audit]")
{
    json::RegisterDocument document;
    document.formatVersion = 1;
    document.organisation.legalName = QStringLiteral("Bitwerk Beheer B.V.");
    document.audit = legacyEntries();
    pr::test::RepositoryFixture f;
    const AuditContext restore{f.clock, QStringLiteral("jdevries")};

    SECTION("intact")
    {
        RegisterTransfer::importDocument(f.db, restore, document);
        CHECK(AuditTrail::verify(f.db) == std::nullopt);
        CHECK(keptOf(AuditTrail::all(f.db)) == keptOf(document.audit));
    }
    SECTION("altered: nothing is imported")
    {
        document.audit[2].osUser = QStringLiteral("iemand");
        CHECK_THROWS_AS(RegisterTransfer::importDocument(f.db, restore, document), RegisterError);
    }
    SECTION("read as format 2, the same trail does not verify")
    {
        document.formatVersion = 2;
        CHECK_THROWS_AS(RegisterTransfer::importDocument(f.db, restore, document), RegisterError);
    }
}
