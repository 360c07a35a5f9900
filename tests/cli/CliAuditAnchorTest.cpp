// `verify` and `audit` against the heads recorded beside the backups: the tamper of the
// reliability probe (the last entries deleted and the register's own record of its head set to
// the entry that remains last) passed both before; now both report it and exit 4.

#include "storage/Register.h"
#include "storage/audit/AuditAnchor.h"
#include "support/CliDemoRegister.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::cli::ExitCode;

namespace {

// Deletes the last two audit entries of DEMO's register and points its recorded head at the
// entry now last, as someone with the password does with a decrypted copy: saved by a session
// whose backups (and so its anchor) go elsewhere, out of sight of the demo's anchor file.
qint64 cutLastTwoEntries(const pr::test::CliDemoRegister& demo)
{
    pr::storage::RegisterOptions options = pr::test::fastOptions();
    options.backupDirectory = demo.path(u"elsewhere"_s);
    auto reg = pr::storage::Register::open(demo.reg, pr::test::password("demo test password"),
                                           pr::storage::OpenMode::ReadWrite, options);
    const qint64 last = pr::storage::AuditAnchorFile::headOf(reg->database())->entryId;
    reg->write([last](pr::storage::SqliteDatabase& db) {
        db.exec(u"DROP TRIGGER audit_entry_no_delete; DROP TRIGGER audit_change_no_delete;");
        db.prepare(u"DELETE FROM audit_change WHERE entry_id >= ?1")
            .bind(1, static_cast<std::int64_t>(last - 1))
            .run();
        db.prepare(u"DELETE FROM audit_entry WHERE id >= ?1")
            .bind(1, static_cast<std::int64_t>(last - 1))
            .run();
        db.exec(u"UPDATE meta SET value = (SELECT hex(hash) FROM audit_entry ORDER BY id DESC "
                u"LIMIT 1) WHERE key = 'audit_head_hash';"
                u"UPDATE meta SET value = (SELECT max(id) FROM audit_entry) "
                u"WHERE key = 'audit_head_id';");
    });
    return last;
}

} // namespace

TEST_CASE("verify prints the trail's head, and reports a trail cut back below it", "[cli][audit]")
{
    const pr::test::CliDemoRegister demo;
    const auto intact = demo.run({u"verify"_s});
    REQUIRE(intact.code == ExitCode::Success);
    const auto reg =
        pr::storage::Register::open(demo.reg, pr::test::password("demo test password"),
                                    pr::storage::OpenMode::ReadOnly, pr::test::fastOptions());
    const auto head = pr::storage::AuditAnchorFile::headOf(reg->database());
    REQUIRE(head);
    CHECK(intact.out.contains(
        u"Last audit entry: %1, SHA-256 %2."_s.arg(head->entryId).arg(head->hashHex())));

    const qint64 last = cutLastTwoEntries(demo);
    const auto cut = demo.run({u"verify"_s});
    INFO(cut.err.toStdString());
    CHECK(cut.code == ExitCode::DamagedFile);
    CHECK(cut.err.contains(u"the audit trail is broken: Audit entries from entry %1 on were "
                           u"removed"_s.arg(last - 1)));
    CHECK(cut.err.contains(u"up to entry %1"_s.arg(last)));
}

TEST_CASE("audit shows a trail that does not verify, and exits 4", "[cli][audit]")
{
    const pr::test::CliDemoRegister demo;
    const auto before = demo.run({u"audit"_s});
    CHECK(before.code == ExitCode::Success);
    CHECK(before.err.isEmpty());

    const qint64 last = cutLastTwoEntries(demo);
    const auto text = demo.run({u"audit"_s});
    CHECK(text.code == ExitCode::DamagedFile);
    CHECK(text.out.contains(u"#%1 "_s.arg(last - 2)));
    CHECK_FALSE(text.out.contains(u"#%1 "_s.arg(last - 1)));
    CHECK(text.err.contains(u"The audit trail does not verify"_s));

    const auto json = demo.run({u"audit"_s, u"--json"_s});
    CHECK(json.code == ExitCode::DamagedFile);
    CHECK(QJsonDocument::fromJson(json.out.toUtf8()).array().size() == last - 2);

    // One record's history is checked against the whole trail too.
    CHECK(demo.run({u"audit"_s, u"--entity"_s, u"clients"_s, u"--id"_s, u"1"_s}).code ==
          ExitCode::DamagedFile);
}
