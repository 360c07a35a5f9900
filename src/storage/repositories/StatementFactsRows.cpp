#include "storage/repositories/StatementFactsRows.h"

#include "storage/repositories/SqlValues.h"
#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage::detail {

void writeStatementFacts(SqliteDatabase& db, const core::PrivacyStatementFacts& facts)
{
    db.prepare(uR"sql(
        INSERT INTO privacy_statement (id, no_automated_decisions, automated_decisions,
                                       not_meant_for_children)
        VALUES (1, ?1, ?2, ?3)
        ON CONFLICT (id) DO UPDATE SET
            no_automated_decisions = excluded.no_automated_decisions,
            automated_decisions = excluded.automated_decisions,
            not_meant_for_children = excluded.not_meant_for_children
    )sql")
        .bind(1, facts.noAutomatedDecisions)
        .bind(2, notNull(facts.automatedDecisions))
        .bind(3, facts.notMeantForChildren)
        .run();
    db.exec(u"DELETE FROM cookie");
    SqliteStatement insert = db.prepare(uR"sql(
        INSERT INTO cookie (position, name, party, purpose, duration, kind)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
    )sql");
    for (qsizetype i = 0; i < facts.cookies.size(); ++i) {
        const core::Cookie& cookie = facts.cookies[i];
        insert.bind(1, integer(i))
            .bind(2, notNull(cookie.name))
            .bind(3, core::enumCode(cookie.party))
            .bind(4, notNull(cookie.purpose))
            .bind(5, notNull(cookie.duration))
            .bind(6, core::enumCode(cookie.kind))
            .run();
    }
}

core::PrivacyStatementFacts readStatementFacts(const SqliteDatabase& db)
{
    core::PrivacyStatementFacts facts;
    SqliteStatement row = db.prepare(uR"sql(
        SELECT no_automated_decisions, automated_decisions, not_meant_for_children
        FROM privacy_statement WHERE id = 1
    )sql");
    if (row.step()) {
        facts.noAutomatedDecisions = row.integer(0) != 0;
        facts.automatedDecisions = row.text(1);
        facts.notMeantForChildren = row.integer(2) != 0;
    }
    SqliteStatement cookies = db.prepare(uR"sql(
        SELECT name, party, purpose, duration, kind FROM cookie ORDER BY position
    )sql");
    while (cookies.step()) {
        facts.cookies << core::Cookie{cookies.text(0), enumAt<core::CookieParty>(cookies, 1),
                                      cookies.text(2), cookies.text(3),
                                      enumAt<core::CookieKind>(cookies, 4)};
    }
    return facts;
}

} // namespace pr::storage::detail
