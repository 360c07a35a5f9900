// The head of the audit trail recorded beside the backups at each save: a trail cut back to an
// entry that remains, with the register's own record of its head set to match (which the
// chain alone cannot show), or rewritten from an anchored entry on, is reported; a register
// saved by the program keeps verifying, and the evidence of a cut survives later saves.

#include "storage/audit/AuditAnchor.h"

#include "storage/Register.h"
#include "storage/audit/AuditTrail.h"
#include "storage/repositories/RepositoryFixture.h"
#include "storage/repositories/SecurityMeasureRepository.h"
#include "support/TestRegister.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace pr::storage;
using Reason = AuditBreak::Reason;

namespace {

struct Anchored {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("firma.prreg"));
    pr::core::FixedClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC)};
    AuditContext audit{clock, QStringLiteral("jdevries")};

    // A register with entries 1 to 5, each saved by the program.
    Anchored()
    {
        auto reg =
            Register::create(path, pr::test::password(), QStringLiteral("Testbedrijf"), options());
        addMeasures(*reg, 5);
    }

    RegisterOptions options(const QString& backups = {}) const
    {
        RegisterOptions options = pr::test::fastOptions();
        options.clock = &clock;
        options.backupDirectory = backups;
        return options;
    }

    // The register as the program opens it, its anchor file beside its own backups.
    std::unique_ptr<Register> open(OpenMode mode = OpenMode::ReadOnly) const
    {
        return Register::open(path, pr::test::password(), mode, options());
    }

    QString anchorPath() const
    {
        const auto reg = open();
        return AuditAnchorFile::pathFor(reg->path(), reg->backups());
    }

    std::optional<AuditBreak> verify() const
    {
        const auto reg = open();
        return AuditAnchorFile::verify(reg->database(), anchorPath());
    }

    void addMeasures(Register& reg, int count)
    {
        for (int i = 0; i < count; ++i) {
            clock.advanceSeconds(60);
            reg.write([this](SqliteDatabase& db) {
                SecurityMeasureRepository::insert(db, audit, pr::test::sampleMeasure());
            });
        }
    }

    // What someone with the password does with a decrypted copy, out of sight of the anchor
    // file: here a second session whose backups (and anchor) go to another folder.
    void tamper(QStringView sql)
    {
        auto reg = Register::open(path, pr::test::password(), OpenMode::ReadWrite,
                                  options(dir.filePath(QStringLiteral("elsewhere"))));
        reg->write([sql](SqliteDatabase& db) {
            db.exec(u"DROP TRIGGER audit_entry_no_delete; DROP TRIGGER audit_change_no_delete;");
            db.exec(sql);
        });
    }
};

constexpr QStringView kCutToThree =
    u"DELETE FROM audit_change WHERE entry_id > 3; DELETE FROM audit_entry WHERE id > 3;"
    u"UPDATE meta SET value = (SELECT hex(hash) FROM audit_entry WHERE id = 3) "
    u"WHERE key = 'audit_head_hash';"
    u"UPDATE meta SET value = '3' WHERE key = 'audit_head_id';";

} // namespace

TEST_CASE("Each save records the trail's head beside the backups", "[audit-anchor]")
{
    Anchored f;
    const QList<AuditAnchor> anchors = AuditAnchorFile::read(f.anchorPath());
    // One line: the newest head covers the earlier ones the trail still holds.
    REQUIRE(anchors.size() == 1);
    const auto reg = f.open();
    const std::optional<AuditAnchor> head = AuditAnchorFile::headOf(reg->database());
    REQUIRE(head);
    CHECK(head->entryId == 5);
    CHECK(anchors.first().entryId == 5);
    CHECK(anchors.first().hash == head->hash);
    CHECK(anchors.first().savedAt == f.clock.now());
    CHECK(head->hashHex() ==
          QString::fromLatin1(AuditTrail::all(reg->database()).last().hash.toHex()));
    CHECK(f.verify() == std::nullopt);
    // Not the register's content: ids, hashes and times only.
    const QByteArray text = pr::test::readFile(f.anchorPath());
    CHECK_FALSE(text.contains("Testbedrijf"));
    CHECK(text.contains(head->hashHex().toLatin1()));
}

TEST_CASE("A trail cut back to an entry that remains is reported against the anchor",
          "[audit-anchor]")
{
    Anchored f;
    f.tamper(kCutToThree);
    {
        // The chain and the register's own record of its head agree with each other...
        const auto reg = f.open();
        CHECK(AuditTrail::verify(reg->database()) == std::nullopt);
    }
    // ...but not with the head the last save recorded.
    const std::optional<AuditBreak> broken = f.verify();
    REQUIRE(broken);
    CHECK(broken->reason == Reason::ShorterThanAnchored);
    CHECK(broken->entryId == 4);
    CHECK(broken->anchoredEntryId == 5);
    CHECK(broken->describe().contains(QStringLiteral("up to entry 5")));

    SECTION("and stays reported after the program saves the cut register")
    {
        {
            auto reg = f.open(OpenMode::ReadWrite);
            f.addMeasures(*reg, 3); // entries 4 to 6 anew: entry 5 now has another hash
        }
        const std::optional<AuditBreak> later = f.verify();
        REQUIRE(later);
        CHECK(later->reason == Reason::DiffersFromAnchored);
        CHECK(later->entryId == 5);
        CHECK(AuditAnchorFile::read(f.anchorPath()).size() == 2);
    }
}

TEST_CASE("A trail rewritten from an anchored entry on is reported", "[audit-anchor]")
{
    Anchored f;
    f.tamper(kCutToThree);
    {
        // The cut is covered up with new entries up to the anchored number and beyond.
        auto reg = Register::open(f.path, pr::test::password(), OpenMode::ReadWrite,
                                  f.options(f.dir.filePath(QStringLiteral("elsewhere"))));
        f.addMeasures(*reg, 3);
    }
    const std::optional<AuditBreak> broken = f.verify();
    REQUIRE(broken);
    CHECK(broken->reason == Reason::DiffersFromAnchored);
    CHECK(broken->entryId == 5);
}

TEST_CASE("Without an anchor file, or with a fresh register of the same name, nothing is "
          "reported",
          "[audit-anchor]")
{
    Anchored f;
    REQUIRE(QFile::remove(f.anchorPath()));
    CHECK(f.verify() == std::nullopt);
    {
        auto reg = f.open(OpenMode::ReadWrite);
        f.addMeasures(*reg, 1);
    }
    CHECK(AuditAnchorFile::read(f.anchorPath()).constLast().entryId == 6);

    // A new register at the path of a removed one starts its own anchor.
    f.tamper(kCutToThree);
    REQUIRE(f.verify());
    const QString anchor = f.anchorPath();
    REQUIRE(QFile::remove(f.path));
    auto fresh =
        Register::create(f.path, pr::test::password(), QStringLiteral("Nieuw"), f.options());
    f.addMeasures(*fresh, 1);
    fresh.reset();
    CHECK(AuditAnchorFile::read(anchor).size() == 1);
    CHECK(f.verify() == std::nullopt);
}
