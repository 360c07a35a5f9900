#pragma once

#include "core/domain/EnumTable.h"
#include "core/json/JsonIssue.h"
#include "core/json/JsonMessages.h"
#include "core/json/JsonPath.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace pr::core::json {

// Whether a field must be there. Required are the fields that the canonical form always writes
// (ids, numbers, booleans and enums that always have a value); everything that may hold
// nothing is optional and left out when it does.
enum class Presence {
    Required,
    Optional,
};

// The codes of E in table order, for the message that lists the accepted ones.
template <CodedEnum E>
QStringList enumCodes()
{
    QStringList codes;
    for (const E value : enumValues<E>()) {
        codes.append(enumCode(value));
    }
    return codes;
}

// Reads the fields of one JSON object into a record, reporting every problem with its path.
// Each read*() call names a field, and the fields no call named are reported as unknown by
// finish(), so that the list of known fields cannot drift from the fields actually read.
// An absent optional field leaves its target as it is (the record starts at its defaults).
class ObjectReader {
public:
    // JSON should be an object; anything else is reported at PATH and every read finds nothing.
    ObjectReader(const QJsonValue& json, const QString& path, QList<JsonIssue>& issues);
    ObjectReader(const ObjectReader&) = delete;
    ObjectReader& operator=(const ObjectReader&) = delete;

    const QString& path() const { return m_path; }
    QString pathOf(const QString& key) const { return memberPath(m_path, key); }
    QList<JsonIssue>& issues() { return m_issues; }
    void report(const QString& path, const QString& message);

    void readText(const QString& key, QString& out, Presence presence = Presence::Optional);
    void readTextList(const QString& key, QStringList& out);
    void readDate(const QString& key, QDate& out);
    void readDateTime(const QString& key, QDateTime& out);
    void readBase64(const QString& key, QByteArray& out);
    void readHex(const QString& key, QByteArray& out);
    void readBool(const QString& key, bool& out, Presence presence);
    void readOptionalBool(const QString& key, std::optional<bool>& out);
    void readInt(const QString& key, int& out, Presence presence);
    void readOptionalInt(const QString& key, std::optional<int>& out);
    void readInt64(const QString& key, qint64& out, Presence presence);
    void readOptionalInt64(const QString& key, std::optional<qint64>& out);
    void readIdList(const QString& key, QList<qint64>& out);

    template <CodedEnum E>
    void readEnum(const QString& key, E& out, Presence presence)
    {
        if (const std::optional<QJsonValue> json = take(key, presence)) {
            readEnumValue(*json, pathOf(key), out);
        }
    }

    template <CodedEnum E>
    void readOptionalEnum(const QString& key, std::optional<E>& out)
    {
        E value{};
        if (const std::optional<QJsonValue> json = take(key, Presence::Optional)) {
            if (readEnumValue(*json, pathOf(key), value)) {
                out = value;
            }
        }
    }

    // A list of enum codes, as a list of distinct values in the document's order; each unknown
    // code and each repeat is reported at its index. Nothing when the field is absent.
    template <CodedEnum E>
    std::optional<QList<E>> readEnumList(const QString& key)
    {
        const std::optional<QJsonArray> array = takeArray(key, Presence::Optional);
        if (!array) {
            return std::nullopt;
        }
        QList<E> values;
        for (qsizetype i = 0; i < array->size(); ++i) {
            const QString path = indexPath(pathOf(key), i);
            const std::optional<QString> code = stringAt(array->at(i), path, m_issues);
            if (!code) {
                continue;
            }
            const std::optional<E> value = enumFromCode<E>(*code);
            if (!value) {
                report(path, messages::unknownCode(*code, enumCodes<E>()));
            } else if (values.contains(*value)) {
                // A repeat is a slip worth pointing at.
                report(path, messages::listedTwice());
            } else {
                values << *value;
            }
        }
        return values;
    }

    // A nested block, read by READ(json, path, target, issues) like the fromJson() functions.
    // An optional one that is absent is at its defaults (see putBlock()).
    template <typename T, typename Read>
    void readBlock(const QString& key, T& out, Read read, Presence presence = Presence::Optional)
    {
        if (const std::optional<QJsonValue> json = take(key, presence)) {
            read(*json, pathOf(key), out, m_issues);
        }
    }

    // A nested block that is there or not (std::optional): present, even as {}, means set.
    template <typename T, typename Read>
    void readOptionalBlock(const QString& key, std::optional<T>& out, Read read)
    {
        if (const std::optional<QJsonValue> json = take(key, Presence::Optional)) {
            T value{};
            read(*json, pathOf(key), value, m_issues);
            out = value;
        }
    }

    // A list of records, each read by READ. Items that are not objects are reported and kept
    // at their defaults, so that the indices of the issues after them stay right.
    template <typename T, typename Read>
    void readObjectList(const QString& key, QList<T>& out, Read read,
                        Presence presence = Presence::Optional)
    {
        const std::optional<QJsonArray> array = takeArray(key, presence);
        if (!array) {
            return;
        }
        const QString path = pathOf(key);
        for (qsizetype i = 0; i < array->size(); ++i) {
            T value{};
            read(array->at(i), indexPath(path, i), value, m_issues);
            out.append(value);
        }
    }

    // The raw value of KEY for the few fields with a shape of their own (a set of flags, a
    // map); reports a missing required field or a null and then returns nothing.
    std::optional<QJsonValue> take(const QString& key, Presence presence);
    std::optional<QJsonArray> takeArray(const QString& key, Presence presence);
    std::optional<QJsonObject> takeObject(const QString& key, Presence presence);

    // Reports every field that no read named, and returns whether this object had no issue at
    // all (those of its nested blocks included).
    bool finish();

    // Value readers for one item at PATH, for lists and maps; each reports what is wrong.
    static std::optional<QString> stringAt(const QJsonValue& json, const QString& path,
                                           QList<JsonIssue>& issues);
    static std::optional<qint64> integerAt(const QJsonValue& json, const QString& path,
                                           QList<JsonIssue>& issues);

private:
    template <CodedEnum E>
    bool readEnumValue(const QJsonValue& json, const QString& path, E& out)
    {
        const std::optional<QString> code = stringAt(json, path, m_issues);
        if (!code) {
            return false;
        }
        if (const std::optional<E> value = enumFromCode<E>(*code)) {
            out = *value;
            return true;
        }
        report(path, messages::unknownCode(*code, enumCodes<E>()));
        return false;
    }

    QJsonObject m_object;
    QString m_path;
    QList<JsonIssue>& m_issues;
    qsizetype m_issuesBefore;
    bool m_isObject;
    QSet<QString> m_known;
};

} // namespace pr::core::json
