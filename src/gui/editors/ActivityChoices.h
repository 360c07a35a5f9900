#pragma once

#include <QList>
#include <QPair>
#include <QStringList>

namespace pr::storage {
class SqliteDatabase;
}

namespace pr::gui {

// What the pick lists of the activity editor offer: the catalogues plus what the register's
// activities already use, and the clients to tick. A file of its own because the catalogue
// kinds and the activity's special categories share a name (-Wshadow when both are seen in
// one file in the wrong order).
struct ActivityChoices {
    QStringList purposes;
    QStringList dataCategories;
    QStringList dataSubjects;
    QStringList recipients;
    QStringList staffRoles;
    QStringList operations;
    QList<QPair<qint64, QString>> clients; // id, legal name

    static ActivityChoices of(const storage::SqliteDatabase& db);
};

} // namespace pr::gui
