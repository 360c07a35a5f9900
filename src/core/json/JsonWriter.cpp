#include "core/json/JsonWriter.h"

namespace pr::core::json {

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString dateTimeText(const QDateTime& dateTime)
{
    if (!dateTime.isValid()) {
        return {};
    }
    QDateTime fixed = dateTime;
    if (fixed.timeSpec() != Qt::UTC && fixed.timeSpec() != Qt::OffsetFromUTC) {
        // Qt writes a local time without an offset, which would read back as a different
        // instant on a machine in another zone.
        fixed = fixed.toOffsetFromUtc(fixed.offsetFromUtc());
    }
    return fixed.toString(fixed.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

void putText(QJsonObject& object, const QString& key, const QString& value)
{
    if (!value.isEmpty()) {
        object.insert(key, value);
    }
}

void putTextList(QJsonObject& object, const QString& key, const QStringList& values)
{
    if (!values.isEmpty()) {
        object.insert(key, QJsonArray::fromStringList(values));
    }
}

void putDate(QJsonObject& object, const QString& key, QDate value)
{
    putText(object, key, dateText(value));
}

void putDateTime(QJsonObject& object, const QString& key, const QDateTime& value)
{
    putText(object, key, dateTimeText(value));
}

void putBase64(QJsonObject& object, const QString& key, const QByteArray& value)
{
    if (!value.isEmpty()) {
        object.insert(key, QString::fromLatin1(value.toBase64()));
    }
}

void putHex(QJsonObject& object, const QString& key, const QByteArray& value)
{
    if (!value.isEmpty()) {
        object.insert(key, QString::fromLatin1(value.toHex()));
    }
}

void putOptionalId(QJsonObject& object, const QString& key, qint64 id)
{
    if (id != 0) {
        object.insert(key, id);
    }
}

void putIdList(QJsonObject& object, const QString& key, const QList<qint64>& ids)
{
    if (ids.isEmpty()) {
        return;
    }
    QJsonArray array;
    for (const qint64 id : ids) {
        array.append(id);
    }
    object.insert(key, array);
}

} // namespace pr::core::json
