#include "storage/sqlite/SqliteDatabase.h"

#include "storage/RegisterErrors.h"
#include "storage/sqlite/WipingAllocator.h"

#include <cstring>
#include <utility>

#include <sqlite3.h>

namespace pr::storage {

namespace {
[[noreturn]] void failOpen(sqlite3* db, const char* what)
{
    const QString message = QStringLiteral("%1: %2").arg(
        QString::fromUtf8(what),
        QString::fromUtf8(db != nullptr ? sqlite3_errmsg(db) : "out of memory"));
    sqlite3_close(db);
    throw DatabaseError(message);
}

sqlite3* openPrivateMemoryDatabase()
{
    installWipingSqliteAllocator();
    sqlite3* db = nullptr;
    // A name without a leading slash keeps the memdb private to this connection.
    const int code = sqlite3_open_v2("file:register?vfs=memdb", &db,
                                     SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI |
                                         SQLITE_OPEN_NOMUTEX,
                                     nullptr);
    if (code != SQLITE_OK) {
        failOpen(db, "cannot create the in-memory database");
    }
    return db;
}
} // namespace

SqliteDatabase::SqliteDatabase(sqlite3* db)
    : m_db(db)
{}

SqliteDatabase SqliteDatabase::createEmpty()
{
    SqliteDatabase database(openPrivateMemoryDatabase());
    database.configure();
    return database;
}

SqliteDatabase SqliteDatabase::fromImage(std::span<const std::uint8_t> image)
{
    sqlite3* db = openPrivateMemoryDatabase();
    const auto size = static_cast<sqlite3_int64>(image.size());
    auto* buffer = static_cast<unsigned char*>(sqlite3_malloc64(image.size()));
    if (buffer == nullptr && !image.empty()) {
        failOpen(db, "not enough memory for the register");
    }
    if (!image.empty()) {
        std::memcpy(buffer, image.data(), image.size());
    }
    // SQLite owns the buffer from here on (FREEONCLOSE), also when deserialising fails.
    const int code =
        sqlite3_deserialize(db, "main", buffer, size, size,
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (code != SQLITE_OK) {
        failOpen(db, "the register's database cannot be loaded");
    }
    SqliteDatabase database(db);
    database.configure();
    return database;
}

void SqliteDatabase::configure()
{
    // DEFENSIVE: no writable_schema or other ways to corrupt the database from SQL.
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    // secure_delete zeroes deleted rows inside the pages, so erased personal data does not
    // survive in the image that is saved.
    exec(u"PRAGMA temp_store = MEMORY;"
         u"PRAGMA journal_mode = MEMORY;"
         u"PRAGMA secure_delete = ON;"
         u"PRAGMA foreign_keys = ON;");
}

SqliteDatabase::~SqliteDatabase()
{
    sqlite3_close_v2(m_db);
}

SqliteDatabase::SqliteDatabase(SqliteDatabase&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{}

SqliteDatabase& SqliteDatabase::operator=(SqliteDatabase&& other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

std::span<const std::uint8_t> SqliteDatabase::image() const
{
    sqlite3_int64 size = 0;
    const unsigned char* data = sqlite3_serialize(m_db, "main", &size, SQLITE_SERIALIZE_NOCOPY);
    if (data == nullptr) {
        // An empty memdb has no buffer yet.
        return {};
    }
    return {data, static_cast<std::size_t>(size)};
}

void SqliteDatabase::exec(QStringView sql)
{
    const QByteArray utf8 = sql.toUtf8();
    char* error = nullptr;
    if (sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        const QString message = QString::fromUtf8(error != nullptr ? error : "unknown error");
        sqlite3_free(error);
        throw DatabaseError(QStringLiteral("database error: %1").arg(message));
    }
}

SqliteStatement SqliteDatabase::prepare(QStringView sql) const
{
    return SqliteStatement(m_db, sql);
}

std::int64_t SqliteDatabase::scalar(QStringView sql) const
{
    SqliteStatement statement = prepare(sql);
    return statement.step() ? statement.integer(0) : 0;
}

int SqliteDatabase::userVersion() const
{
    return static_cast<int>(scalar(u"PRAGMA user_version"));
}

void SqliteDatabase::setUserVersion(int version)
{
    exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

QStringList SqliteDatabase::integrityProblems(CheckDepth depth) const
{
    QStringList problems;
    try {
        SqliteStatement integrity =
            prepare(depth == CheckDepth::Quick ? u"PRAGMA quick_check" : u"PRAGMA integrity_check");
        while (integrity.step()) {
            const QString line = integrity.text(0);
            if (line != QLatin1String("ok")) {
                problems << line;
            }
        }
        if (depth == CheckDepth::Quick) {
            return problems;
        }
        SqliteStatement foreignKeys = prepare(u"PRAGMA foreign_key_check");
        while (foreignKeys.step()) {
            problems << QStringLiteral("foreign key: %1 row %2 -> %3")
                            .arg(foreignKeys.text(0))
                            .arg(foreignKeys.integer(1))
                            .arg(foreignKeys.text(2));
        }
    } catch (const DatabaseError& error) {
        // A page so damaged that the check itself cannot read it.
        problems << error.message();
    }
    return problems;
}

std::int64_t SqliteDatabase::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

bool SqliteDatabase::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

} // namespace pr::storage
