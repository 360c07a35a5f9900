#include "core/domain/validation/AuditEntryValidation.h"

#include "ValidationTestSupport.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::core::AuditAction;
using pr::core::AuditEntry;
using pr::core::EntityKind;
using pr::test::checkRules;
using pr::test::fieldsOf;
using Case = pr::test::RuleCase<AuditEntry>;

namespace {

AuditEntry validEntry()
{
    AuditEntry value;
    value.at = QDateTime(QDate(2025, 3, 1), QTime(10, 15), Qt::UTC);
    value.entity = EntityKind::ProcessingActivity;
    value.entityId = 12;
    value.action = AuditAction::Update;
    value.changes = {{u"name"_s, u"Backup"_s, u"Remote backup"_s}};
    value.osUser = u"jan"_s;
    value.previousHash = QByteArray(32, '\x01');
    value.hash = QByteArray(32, '\x02');
    return value;
}

} // namespace

TEST_CASE("Valid audit entries have no issues", "[domain][validation][audit]")
{
    CHECK(fieldsOf(validate(validEntry())).isEmpty());

    // The first entry of a trail, not yet chained, and a delete without field list.
    AuditEntry first = validEntry();
    first.action = AuditAction::Delete;
    first.changes.clear();
    first.previousHash.clear();
    first.hash.clear();
    CHECK(fieldsOf(validate(first)).isEmpty());
}

TEST_CASE("Each audit entry rule names its field", "[domain][validation][audit]")
{
    using E = AuditEntry;
    checkRules(
        validEntry(),
        std::vector<Case>{
            {"time required", [](E& e) { e.at = {}; }, {u"at"_s}},
            {"record id required", [](E& e) { e.entityId = 0; }, {u"entityId"_s}},
            {"OS user required", [](E& e) { e.osUser.clear(); }, {u"osUser"_s}},
            {"update changes something", [](E& e) { e.changes.clear(); }, {u"changes"_s}},
            {"a change names its field",
             [](E& e) { e.changes[0].field.clear(); },
             {u"changes[0].field"_s}},
            {"previous hash is SHA-256", [](E& e) { e.previousHash.chop(1); }, {u"previousHash"_s}},
            {"hash is SHA-256", [](E& e) { e.hash.append('x'); }, {u"hash"_s}},
        });
}
