#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace pr::storage {
class SqliteDatabase;
}

// The ordered lists of a record (purposes, categories, linked ids) are child tables of the
// form (owner id, position, value): one shape, so one implementation. Table and column names
// are program constants, never user input.

namespace pr::storage::detail {

struct ChildTable {
    QStringView table;  // e.g. u"activity_purpose"
    QStringView owner;  // the column with the owner's id, e.g. u"activity_id"
    QStringView column; // the column with the value, e.g. u"purpose"
};

// Replaces the list of OWNER by VALUES, keeping their order.
void replaceTexts(SqliteDatabase& db, const ChildTable& table, qint64 owner,
                  const QStringList& values);
QStringList texts(const SqliteDatabase& db, const ChildTable& table, qint64 owner);

void replaceIds(SqliteDatabase& db, const ChildTable& table, qint64 owner,
                const QList<qint64>& values);
QList<qint64> ids(const SqliteDatabase& db, const ChildTable& table, qint64 owner);

} // namespace pr::storage::detail
