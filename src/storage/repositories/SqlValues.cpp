#include "storage/repositories/SqlValues.h"

#include "storage/RegisterErrors.h"

namespace pr::storage::detail {

QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

std::optional<std::int64_t> optionalInteger(const std::optional<qint64>& value)
{
    return value ? std::optional<std::int64_t>(*value) : std::nullopt;
}

std::optional<qint64> optionalIntegerAt(const SqliteStatement& row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<qint64>(row.integer(column));
}

std::optional<int> optionalIntAt(const SqliteStatement& row, int column)
{
    return row.isNull(column) ? std::nullopt
                              : std::optional<int>(static_cast<int>(row.integer(column)));
}

std::optional<bool> optionalBoolAt(const SqliteStatement& row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<bool>(row.integer(column) != 0);
}

std::optional<std::int64_t> reference(qint64 id)
{
    return id != 0 ? std::optional<std::int64_t>(id) : std::nullopt;
}

qint64 referenceAt(const SqliteStatement& row, int column)
{
    return row.isNull(column) ? 0 : row.integer(column);
}

std::optional<QString> date(QDate value)
{
    return value.isValid() ? std::optional<QString>(value.toString(Qt::ISODate)) : std::nullopt;
}

QDate dateAt(const SqliteStatement& row, int column)
{
    return row.isNull(column) ? QDate() : QDate::fromString(row.text(column), Qt::ISODate);
}

std::optional<QString> instant(const QDateTime& value)
{
    if (!value.isValid()) {
        return std::nullopt;
    }
    return value.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime instantAt(const SqliteStatement& row, int column)
{
    return row.isNull(column) ? QDateTime()
                              : QDateTime::fromString(row.text(column), Qt::ISODateWithMs);
}

QByteArray blob(const QByteArray& value)
{
    return value.isEmpty() ? QByteArray() : value;
}

QByteArray blobAt(const SqliteStatement& row, int column)
{
    return row.isNull(column) ? QByteArray() : row.blob(column);
}

void throwUnknownCode(const QString& code)
{
    // The code itself is safe to name: it is a program constant, not something a user typed.
    throw DatabaseError(QStringLiteral("database error: unknown code '%1'").arg(code));
}

} // namespace pr::storage::detail
