// The hash chain of the audit trail: it verifies as written, and every way of changing the
// trail behind the program's back (raw SQL on the decrypted database, after dropping the
// append-only triggers as anyone with a decrypted copy can) is found at the right entry.

#include "storage/audit/AuditChain.h"

#include "crypto/Digest.h"
#include "storage/ByteView.h"
#include "storage/RegisterErrors.h"
#include "storage/audit/AuditTrail.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/RepositoryFixture.h"
#include "storage/repositories/SecurityMeasureRepository.h"
#include "support/TestRegister.h"

#include <QTemporaryDir>
#include <QtEndian>

#include <catch2/catch.hpp>

using namespace pr::storage;
using namespace pr::core;
using pr::test::RepositoryFixture;
using Reason = AuditBreak::Reason;

namespace {

// Four entries: client inserted (1), client updated (2), measure inserted (3), measure
// deleted (4).
struct Trail : RepositoryFixture {
    Trail()
    {
        Client client = pr::test::sampleClient();
        client.id = ClientRepository::insert(db, audit, client);
        clock.advanceSeconds(60);
        client.city = QStringLiteral("Zeist");
        ClientRepository::update(db, audit, client);
        clock.advanceSeconds(60);
        const qint64 measure =
            SecurityMeasureRepository::insert(db, audit, pr::test::sampleMeasure());
        clock.advanceSeconds(60);
        SecurityMeasureRepository::remove(db, audit, measure);
        REQUIRE(AuditTrail::all(db).size() == 4);
        REQUIRE(AuditTrail::verify(db) == std::nullopt);
    }

    // What someone editing a decrypted copy does first.
    void dropGuards()
    {
        db.exec(u"DROP TRIGGER audit_entry_no_update; DROP TRIGGER audit_entry_no_delete;"
                u"DROP TRIGGER audit_change_redact_only; DROP TRIGGER audit_change_no_delete;");
    }

    std::optional<AuditBreak> tamper(QStringView sql)
    {
        dropGuards();
        db.exec(sql);
        return AuditTrail::verify(db);
    }
};

// Writes ENTRY as someone with the decrypted database and this program's source could.
void insertRaw(SqliteDatabase& db, const AuditEntry& entry)
{
    db.prepare(uR"sql(
        INSERT INTO audit_entry (id, at, entity, entity_id, action, os_user, previous_hash, hash)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
    )sql")
        .bind(1, static_cast<std::int64_t>(entry.id))
        .bind(2, entry.at.toUTC().toString(Qt::ISODateWithMs))
        .bind(3, enumCode(entry.entity))
        .bind(4, static_cast<std::int64_t>(entry.entityId))
        .bind(5, enumCode(entry.action))
        .bind(6, entry.osUser)
        .bind(7, entry.previousHash)
        .bind(8, entry.hash)
        .run();
    SqliteStatement change = db.prepare(uR"sql(
        INSERT INTO audit_change (entry_id, position, field, old_value, new_value, salt, digest)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
    )sql");
    for (qsizetype i = 0; i < entry.changes.size(); ++i) {
        change.bind(1, static_cast<std::int64_t>(entry.id))
            .bind(2, static_cast<std::int64_t>(i))
            .bind(3, entry.changes[i].field)
            .bind(4, entry.changes[i].from)
            .bind(5, entry.changes[i].to)
            .bind(6, entry.changes[i].salt)
            .bind(7, entry.changes[i].digest)
            .run();
    }
}

QByteArray item(const QByteArray& utf8)
{
    char length[4];
    qToBigEndian(static_cast<quint32>(utf8.size()), length);
    return QByteArray(length, 4) + utf8;
}

QByteArray sha256Bytes(const QByteArray& input)
{
    const pr::crypto::Sha256Digest digest = pr::crypto::sha256(byteView(input));
    return QByteArray(reinterpret_cast<const char*>(digest.data()), 32);
}

// Entry 7, an update of request 12, without changes.
AuditEntry sampleEntry()
{
    AuditEntry entry;
    entry.id = 7;
    entry.at = QDateTime(QDate(2026, 3, 2), QTime(9, 30, 15, 250), Qt::UTC);
    entry.entity = EntityKind::DataSubjectRequest;
    entry.entityId = 12;
    entry.action = AuditAction::Update;
    entry.osUser = QStringLiteral("jdevries");
    return entry;
}

} // namespace

TEST_CASE("The canonical form of an entry is fixed", "[audit-chain]")
{
    AuditEntry entry = sampleEntry();
    FieldChange status(QStringLiteral("status"), QStringLiteral("received"),
                       QStringLiteral("in-progress"));
    status.salt = QByteArray(16, '\x01');
    status.digest = AuditChain::valueDigest(status.salt, status.from, status.to);
    FieldChange outcome(QStringLiteral("outcome"), QString(), QString());
    outcome.digest = QByteArray(32, '\x02');
    outcome.redacted = true;
    entry.changes = {status, outcome};
    // Spelled out by hand: if this changes, old trails no longer verify.
    const QByteArray expectedDigest =
        sha256Bytes(item("privacyregister-audit-values-1") + item(QByteArray(16, '\x01')) +
                    item("received") + item("in-progress"));
    CHECK(status.digest == expectedDigest);
    const QByteArray expected =
        item("privacyregister-audit-2") + item("7") + item("2026-03-02T09:30:15.250Z") +
        item("data-subject-request") + item("12") + item("update") + item("jdevries") + item("2") +
        item("status") + item(expectedDigest) + item("outcome") + item(QByteArray(32, '\x02'));
    CHECK(AuditChain::canonicalForm(entry) == expected);
}

TEST_CASE("The first form, which hashed the values, is kept to check old trails", "[audit-chain]")
{
    AuditEntry entry = sampleEntry();
    entry.changes = {
        {QStringLiteral("status"), QStringLiteral("received"), QStringLiteral("in-progress")},
        {QStringLiteral("outcome"), QString(), QStringLiteral("Één bestand")}};
    const QByteArray expected =
        item("privacyregister-audit-1") + item("7") + item("2026-03-02T09:30:15.250Z") +
        item("data-subject-request") + item("12") + item("update") + item("jdevries") + item("2") +
        item("status") + item("received") + item("in-progress") + item("outcome") + item("") +
        item(QStringLiteral("Één bestand").toUtf8());
    CHECK(AuditChain::legacyCanonicalForm(entry) == expected);
}

TEST_CASE("The first entry chains from 32 zero bytes, each next one from the one before",
          "[audit-chain]")
{
    Trail f;
    const QList<AuditEntry> entries = AuditTrail::all(f.db);
    QByteArray previous(32, '\0');
    for (const AuditEntry& entry : entries) {
        INFO("entry " << entry.id);
        const QByteArray input = previous + AuditChain::canonicalForm(entry);
        const pr::crypto::Sha256Digest digest = pr::crypto::sha256(byteView(input));
        CHECK(entry.hash == QByteArray(reinterpret_cast<const char*>(digest.data()), 32));
        CHECK(entry.previousHash == (entry.id == 1 ? QByteArray() : previous));
        previous = entry.hash;
    }
}

TEST_CASE("An empty trail verifies", "[audit-chain]")
{
    RepositoryFixture f;
    CHECK(AuditTrail::verify(f.db) == std::nullopt);
}

TEST_CASE("The program cannot change or delete audit entries", "[audit-chain]")
{
    Trail f;
    CHECK_THROWS_AS(f.db.exec(u"UPDATE audit_entry SET os_user = 'x' WHERE id = 1"), DatabaseError);
    CHECK_THROWS_AS(f.db.exec(u"DELETE FROM audit_entry WHERE id = 4"), DatabaseError);
    CHECK_THROWS_AS(f.db.exec(u"UPDATE audit_change SET new_value = 'x'"), DatabaseError);
    CHECK_THROWS_AS(f.db.exec(u"DELETE FROM audit_change"), DatabaseError);
    CHECK(AuditTrail::verify(f.db) == std::nullopt);
}

TEST_CASE("An edited entry breaks the chain at that entry", "[audit-chain]")
{
    SECTION("its user")
    {
        Trail f;
        CHECK(f.tamper(u"UPDATE audit_entry SET os_user = 'iemand' WHERE id = 2") ==
              AuditBreak{2, Reason::Altered});
    }
    SECTION("its time")
    {
        Trail f;
        CHECK(f.tamper(u"UPDATE audit_entry SET at = '2025-01-01T00:00:00.000Z' WHERE id = 3") ==
              AuditBreak{3, Reason::Altered});
    }
    SECTION("its record")
    {
        Trail f;
        CHECK(f.tamper(u"UPDATE audit_entry SET entity_id = 99 WHERE id = 1") ==
              AuditBreak{1, Reason::Altered});
    }
    SECTION("a value it recorded")
    {
        Trail f;
        CHECK(f.tamper(u"UPDATE audit_change SET old_value = 'Utrecht' "
                       u"WHERE entry_id = 2 AND field = 'city'") == AuditBreak{2, Reason::Altered});
    }
    SECTION("a value whose digest was recomputed")
    {
        Trail f;
        f.dropGuards();
        const FieldChange city = AuditTrail::all(f.db)[1].changes.first();
        REQUIRE(city.field == QStringLiteral("city"));
        f.db.prepare(u"UPDATE audit_change SET old_value = 'Utrecht', digest = ?1 "
                     u"WHERE entry_id = 2 AND field = 'city'")
            .bind(1, AuditChain::valueDigest(city.salt, QStringLiteral("Utrecht"), city.to))
            .run();
        CHECK(AuditTrail::verify(f.db) == AuditBreak{2, Reason::Altered});
    }
    SECTION("its salt")
    {
        Trail f;
        CHECK(f.tamper(u"UPDATE audit_change SET salt = zeroblob(16) WHERE entry_id = 1") ==
              AuditBreak{1, Reason::Altered});
    }
    SECTION("a change taken out of it")
    {
        Trail f;
        CHECK(f.tamper(u"DELETE FROM audit_change WHERE entry_id = 4 AND position = 0") ==
              AuditBreak{4, Reason::Altered});
    }
    SECTION("the last entry")
    {
        Trail f;
        CHECK(f.tamper(u"UPDATE audit_entry SET action = 'update' WHERE id = 4") ==
              AuditBreak{4, Reason::Altered});
    }
}

TEST_CASE("An edited entry whose hash was recomputed breaks the link after it", "[audit-chain]")
{
    Trail f;
    f.dropGuards();
    AuditEntry forged = AuditTrail::all(f.db)[1];
    forged.osUser = QStringLiteral("iemand");
    const QByteArray hash = AuditChain::hash(forged.previousHash, forged);
    f.db.prepare(u"UPDATE audit_entry SET os_user = ?1, hash = ?2 WHERE id = 2")
        .bind(1, forged.osUser)
        .bind(2, hash)
        .run();
    CHECK(AuditTrail::verify(f.db) == AuditBreak{3, Reason::Unlinked});
}

TEST_CASE("A removed entry is found", "[audit-chain]")
{
    SECTION("in the middle")
    {
        Trail f;
        CHECK(f.tamper(u"DELETE FROM audit_change WHERE entry_id = 2;"
                       u"DELETE FROM audit_entry WHERE id = 2") == AuditBreak{3, Reason::Missing});
    }
    SECTION("in the middle, with the later ones renumbered")
    {
        Trail f;
        // The ids then count on without a gap, but entry 3, now 2, still carries the hash of
        // the entry that was removed.
        CHECK(f.tamper(u"PRAGMA foreign_keys = OFF;"
                       u"DELETE FROM audit_change WHERE entry_id = 2;"
                       u"DELETE FROM audit_entry WHERE id = 2;"
                       u"UPDATE audit_entry SET id = id - 1 WHERE id > 2;"
                       u"UPDATE audit_change SET entry_id = entry_id - 1 WHERE entry_id > 2;"
                       u"PRAGMA foreign_keys = ON;") == AuditBreak{2, Reason::Unlinked});
    }
    SECTION("at the start")
    {
        Trail f;
        CHECK(f.tamper(u"DELETE FROM audit_change WHERE entry_id = 1;"
                       u"DELETE FROM audit_entry WHERE id = 1") == AuditBreak{2, Reason::Missing});
    }
    SECTION("at the end")
    {
        Trail f;
        CHECK(f.tamper(u"DELETE FROM audit_change WHERE entry_id = 4;"
                       u"DELETE FROM audit_entry WHERE id = 4") ==
              AuditBreak{4, Reason::Truncated});
    }
    SECTION("all of them")
    {
        Trail f;
        CHECK(f.tamper(u"DELETE FROM audit_change; DELETE FROM audit_entry") ==
              AuditBreak{1, Reason::Truncated});
    }
}

TEST_CASE("An entry added behind the program's back is found", "[audit-chain]")
{
    SECTION("with a correct hash")
    {
        Trail f;
        f.dropGuards();
        AuditEntry forged = AuditTrail::all(f.db).last();
        forged.id = 5;
        forged.previousHash = forged.hash;
        forged.hash = AuditChain::hash(forged.previousHash, forged);
        insertRaw(f.db, forged);
        CHECK(AuditTrail::verify(f.db) == AuditBreak{5, Reason::Unrecorded});
    }
    SECTION("when the record of the last entry is gone")
    {
        Trail f;
        CHECK(f.tamper(u"DELETE FROM meta WHERE key LIKE 'audit_head_%'") ==
              AuditBreak{1, Reason::Unrecorded});
    }
}

TEST_CASE("Writing after a verified trail keeps it verified", "[audit-chain]")
{
    Trail f;
    ClientRepository::insert(f.db, f.audit, pr::test::sampleClient(QStringLiteral("Nieuw")));
    CHECK(AuditTrail::verify(f.db) == std::nullopt);
    CHECK(AuditTrail::all(f.db).last().id == 5);
}

TEST_CASE("The trail is saved with the register and verifies after reopening", "[audit-chain]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.prreg"));
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    const AuditContext audit{clock, QStringLiteral("jdevries")};
    qint64 id = 0;
    {
        auto reg = Register::create(path, pr::test::password(), QStringLiteral("Bitwerk B.V."),
                                    pr::test::fastOptions());
        reg->write([&](SqliteDatabase& db) {
            id = ClientRepository::insert(db, audit, pr::test::sampleClient());
        });
        // A write that fails is rolled back together with its audit entry.
        Client nameless = pr::test::sampleClient();
        nameless.id = id;
        nameless.legalName = QStringLiteral(" ");
        CHECK_THROWS(
            reg->write([&](SqliteDatabase& db) { ClientRepository::update(db, audit, nameless); }));
    }
    const auto reg =
        Register::open(path, pr::test::password(), OpenMode::ReadOnly, pr::test::fastOptions());
    const QList<AuditEntry> entries = AuditTrail::all(reg->database());
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().entityId == id);
    CHECK(AuditTrail::verify(reg->database()) == std::nullopt);
}
