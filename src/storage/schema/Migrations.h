#pragma once

#include <QString>

#include <functional>
#include <vector>

namespace pr::storage {

class SqliteDatabase;

// The schema's history. Version N is the database after migration N; PRAGMA user_version
// holds the version a register is at. A migration is never edited once released: change
// the schema by appending one (docs/CONTRIBUTING.md, "Adding a table").
struct Migration {
    int version;
    const char* description;
    std::function<void(SqliteDatabase&)> apply;
};

class Migrations {
public:
    static const std::vector<Migration>& all();
    static int latestVersion();
    // Brings DB from its user_version up to TARGET (default: the latest), each step in its
    // own transaction. Throws DamagedFileError(UnsupportedVersion) for a database that is
    // newer than this program.
    static void migrate(SqliteDatabase& db, const QString& path, int target = latestVersion());
};

} // namespace pr::storage
