#pragma once

#include "core/domain/EnumTable.h"
#include "storage/sqlite/SqliteStatement.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

// How the repositories write domain values into the columns of the schema (Migration2.cpp)
// and read them back, so that every table keeps "nothing", dates, instants and enum codes in
// the same form.

namespace pr::storage::detail {

// A NOT NULL text column keeps "" for "nothing"; SqliteStatement binds a null QString as NULL.
QString notNull(const QString& text);

// qint64 is long long and std::int64_t is long here: SqliteStatement::bind takes the latter.
inline std::int64_t integer(qint64 value)
{
    return value;
}
std::optional<std::int64_t> optionalInteger(const std::optional<qint64>& value);
std::optional<qint64> optionalIntegerAt(const SqliteStatement& row, int column);
std::optional<int> optionalIntAt(const SqliteStatement& row, int column);
std::optional<bool> optionalBoolAt(const SqliteStatement& row, int column);

// A reference where 0 means "none" (a request of the firm itself) is NULL in the schema.
std::optional<std::int64_t> reference(qint64 id);
qint64 referenceAt(const SqliteStatement& row, int column);

// 'YYYY-MM-DD', or NULL for a null date.
std::optional<QString> date(QDate value);
QDate dateAt(const SqliteStatement& row, int column);

// An instant as 'YYYY-MM-DDTHH:MM:SS.SSSZ' in UTC, or NULL. UTC with milliseconds always, so
// that the text sorts in time order and compares equal for the same instant.
std::optional<QString> instant(const QDateTime& value);
QDateTime instantAt(const SqliteStatement& row, int column);

// Binary content: NULL when empty, so that an absent image has one form.
QByteArray blob(const QByteArray& value);
QByteArray blobAt(const SqliteStatement& row, int column);

// A stored code the program does not know. The CHECK constraints keep them out, so this
// means a damaged register or a bug, and is reported as a database error.
[[noreturn]] void throwUnknownCode(const QString& code);

template <core::CodedEnum E>
std::optional<QString> optionalCode(const std::optional<E>& value)
{
    return value ? std::optional<QString>(core::enumCode(*value)) : std::nullopt;
}

template <core::CodedEnum E>
E enumAt(const SqliteStatement& row, int column)
{
    const QString code = row.text(column);
    if (const std::optional<E> value = core::enumFromCode<E>(code)) {
        return *value;
    }
    throwUnknownCode(code);
}

template <core::CodedEnum E>
std::optional<E> optionalEnumAt(const SqliteStatement& row, int column)
{
    if (row.isNull(column)) {
        return std::nullopt;
    }
    return enumAt<E>(row, column);
}

} // namespace pr::storage::detail
