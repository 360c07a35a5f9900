#include "storage/repositories/ChildRows.h"

#include "storage/repositories/SqlValues.h"
#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage::detail {

namespace {

void removeAll(SqliteDatabase& db, const ChildTable& table, qint64 owner)
{
    db.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?1").arg(table.table, table.owner))
        .bind(1, integer(owner))
        .run();
}

SqliteStatement insertStatement(const SqliteDatabase& db, const ChildTable& table)
{
    return db.prepare(QStringLiteral("INSERT INTO %1 (%2, position, %3) VALUES (?1, ?2, ?3)")
                          .arg(table.table, table.owner, table.column));
}

SqliteStatement selectStatement(const SqliteDatabase& db, const ChildTable& table, qint64 owner)
{
    SqliteStatement select =
        db.prepare(QStringLiteral("SELECT %3 FROM %1 WHERE %2 = ?1 ORDER BY position")
                       .arg(table.table, table.owner, table.column));
    select.bind(1, integer(owner));
    return select;
}

} // namespace

void replaceTexts(SqliteDatabase& db, const ChildTable& table, qint64 owner,
                  const QStringList& values)
{
    removeAll(db, table, owner);
    SqliteStatement insert = insertStatement(db, table);
    for (qsizetype i = 0; i < values.size(); ++i) {
        insert.bind(1, integer(owner)).bind(2, integer(i)).bind(3, notNull(values[i])).run();
    }
}

QStringList texts(const SqliteDatabase& db, const ChildTable& table, qint64 owner)
{
    QStringList values;
    SqliteStatement select = selectStatement(db, table, owner);
    while (select.step()) {
        values << select.text(0);
    }
    return values;
}

void replaceIds(SqliteDatabase& db, const ChildTable& table, qint64 owner,
                const QList<qint64>& values)
{
    removeAll(db, table, owner);
    SqliteStatement insert = insertStatement(db, table);
    for (qsizetype i = 0; i < values.size(); ++i) {
        insert.bind(1, integer(owner)).bind(2, integer(i)).bind(3, integer(values[i])).run();
    }
}

QList<qint64> ids(const SqliteDatabase& db, const ChildTable& table, qint64 owner)
{
    QList<qint64> values;
    SqliteStatement select = selectStatement(db, table, owner);
    while (select.step()) {
        values << select.integer(0);
    }
    return values;
}

} // namespace pr::storage::detail
