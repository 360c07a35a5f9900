#pragma once

#include "core/domain/EnumTable.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Writing the canonical form (DomainJson.h): every put* function leaves the field out when it
// holds nothing, so that the rule lives in one place instead of in every entity's mapping.

namespace pr::core::json {

// "2026-11-21"; empty for a null date.
QString dateText(QDate date);
// ISO 8601 with the offset, "Z" for UTC, milliseconds only when there are any. A local or
// zoned time is written with its offset at that moment, so that the text means one instant
// wherever it is read.
QString dateTimeText(const QDateTime& dateTime);

void putText(QJsonObject& object, const QString& key, const QString& value);
void putTextList(QJsonObject& object, const QString& key, const QStringList& values);
void putDate(QJsonObject& object, const QString& key, QDate value);
void putDateTime(QJsonObject& object, const QString& key, const QDateTime& value);
// Binary content (images, PDF) as standard base64 with padding.
void putBase64(QJsonObject& object, const QString& key, const QByteArray& value);
// Hashes as lower-case hex, the form in which people compare them.
void putHex(QJsonObject& object, const QString& key, const QByteArray& value);
// A reference where 0 means "none": left out when 0.
void putOptionalId(QJsonObject& object, const QString& key, qint64 id);
void putIdList(QJsonObject& object, const QString& key, const QList<qint64>& ids);

template <CodedEnum E>
void putEnum(QJsonObject& object, const QString& key, E value)
{
    object.insert(key, enumCode(value));
}

template <CodedEnum E>
void putOptionalEnum(QJsonObject& object, const QString& key, const std::optional<E>& value)
{
    if (value) {
        putEnum(object, key, *value);
    }
}

// Numbers and booleans that may be unset; a qint64 stays exact in QJsonValue.
template <typename T>
void putOptionalValue(QJsonObject& object, const QString& key, const std::optional<T>& value)
{
    if (value) {
        object.insert(key, *value);
    }
}

// A nested block written by WRITE, left out while it is entirely at its defaults (a signature
// block not yet filled in), so that an empty block does not show as "{}".
template <typename T, typename Write>
void putBlock(QJsonObject& object, const QString& key, const T& value, Write write)
{
    if (!(value == T{})) {
        object.insert(key, write(value));
    }
}

// A list of records, each written by WRITE, in the list's order; left out when empty.
template <typename T, typename Write>
void putObjectList(QJsonObject& object, const QString& key, const QList<T>& values, Write write)
{
    if (values.isEmpty()) {
        return;
    }
    QJsonArray array;
    for (const T& value : values) {
        array.append(write(value));
    }
    object.insert(key, array);
}

} // namespace pr::core::json
