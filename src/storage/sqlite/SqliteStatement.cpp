#include "storage/sqlite/SqliteStatement.h"

#include "storage/RegisterErrors.h"

#include <sqlite3.h>

namespace pr::storage {

SqliteStatement::SqliteStatement(sqlite3* db, QStringView sql)
    : m_db(db)
{
    const QByteArray utf8 = sql.toUtf8();
    const int code = sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()),
                                        &m_statement, nullptr);
    if (code != SQLITE_OK) {
        fail(code);
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_db(other.m_db)
    , m_statement(std::exchange(other.m_statement, nullptr))
{}

void SqliteStatement::fail(int code) const
{
    // SQLite's messages name tables, columns and constraints, never the values bound to
    // them, so they are safe to show and to log.
    throw DatabaseError(QStringLiteral("database error %1: %2")
                            .arg(code)
                            .arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
}

SqliteStatement& SqliteStatement::bind(int index, std::int64_t value)
{
    if (const int code = sqlite3_bind_int64(m_statement, index, value); code != SQLITE_OK) {
        fail(code);
    }
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, double value)
{
    if (const int code = sqlite3_bind_double(m_statement, index, value); code != SQLITE_OK) {
        fail(code);
    }
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const QString& text)
{
    if (text.isNull()) {
        return bindNull(index);
    }
    const QByteArray utf8 = text.toUtf8();
    const int code = sqlite3_bind_text64(m_statement, index, utf8.constData(),
                                         static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT,
                                         SQLITE_UTF8);
    if (code != SQLITE_OK) {
        fail(code);
    }
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const QByteArray& blob)
{
    if (blob.isNull()) {
        return bindNull(index);
    }
    const int code =
        sqlite3_bind_blob64(m_statement, index, blob.constData(),
                            static_cast<sqlite3_uint64>(blob.size()), SQLITE_TRANSIENT);
    if (code != SQLITE_OK) {
        fail(code);
    }
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int index)
{
    if (const int code = sqlite3_bind_null(m_statement, index); code != SQLITE_OK) {
        fail(code);
    }
    return *this;
}

bool SqliteStatement::step()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW) {
        return true;
    }
    if (code == SQLITE_DONE) {
        return false;
    }
    fail(code);
}

void SqliteStatement::run()
{
    while (step()) {
    }
    reset();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

std::int64_t SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (data == nullptr) {
        return {};
    }
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray SqliteStatement::blob(int column) const
{
    const void* data = sqlite3_column_blob(m_statement, column);
    if (data == nullptr) {
        return {};
    }
    return QByteArray(static_cast<const char*>(data), sqlite3_column_bytes(m_statement, column));
}

} // namespace pr::storage
