#pragma once

#include "crypto/SecureAllocator.h"
#include "storage/sqlite/SqliteStatement.h"

#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <span>

struct sqlite3;

namespace pr::storage {

// An SQLite database that lives only in memory (the "memdb" VFS): the decrypted register.
// It never opens a file; temporary tables and journals stay in memory too.
class SqliteDatabase {
public:
    // An empty database.
    static SqliteDatabase createEmpty();
    // A database over a decrypted image. The image is copied into SQLite's (wiping) heap and
    // the caller's buffer can be wiped right after.
    static SqliteDatabase fromImage(std::span<const std::uint8_t> image);

    ~SqliteDatabase();
    SqliteDatabase(SqliteDatabase&& other) noexcept;
    SqliteDatabase& operator=(SqliteDatabase&& other) noexcept;
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    // The current database image without copying it. Valid until the next change.
    std::span<const std::uint8_t> image() const;

    // Runs one or more statements that return no rows.
    void exec(QStringView sql);
    SqliteStatement prepare(QStringView sql) const;
    // The single value of a one-row, one-column query (e.g. "SELECT count(*) FROM x").
    std::int64_t scalar(QStringView sql) const;

    int userVersion() const;
    void setUserVersion(int version);
    enum class CheckDepth {
        // PRAGMA quick_check: every page and record well-formed; O(N). What opening runs: the
        // authentication tag already proves the bytes are the ones the program wrote.
        Quick,
        // PRAGMA integrity_check (indexes against tables too) and foreign_key_check. What
        // `verify` runs.
        Full,
    };
    // Empty when the database is sound.
    QStringList integrityProblems(CheckDepth depth = CheckDepth::Full) const;
    std::int64_t lastInsertId() const;
    bool inTransaction() const;

    sqlite3* handle() const { return m_db; }

private:
    explicit SqliteDatabase(sqlite3* db);
    void configure();

    sqlite3* m_db = nullptr;
};

} // namespace pr::storage
