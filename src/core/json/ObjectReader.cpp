#include "core/json/ObjectReader.h"

#include <QRegularExpression>

#include <limits>

namespace pr::core::json {

namespace {

// Strict forms: Qt's own parsers accept more (a date-time without an offset, which would mean
// a different instant on every machine), and the canonical form is one spelling only.
const QRegularExpression& datePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    return pattern;
}

const QRegularExpression& dateTimePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,3})?"
                       "(Z|[+-][0-9]{2}:[0-9]{2})$"));
    return pattern;
}

const QRegularExpression& hexPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9a-fA-F]{2})*$"));
    return pattern;
}

} // namespace

ObjectReader::ObjectReader(const QJsonValue& json, const QString& path, QList<JsonIssue>& issues)
    : m_object(json.toObject())
    , m_path(path)
    , m_issues(issues)
    , m_issuesBefore(issues.size())
    , m_isObject(json.isObject())
{
    if (!m_isObject) {
        report(path, json.isNull() ? messages::nullValue() : messages::expectedObject());
    }
}

void ObjectReader::report(const QString& path, const QString& message)
{
    m_issues.append(JsonIssue{path, message});
}

std::optional<QJsonValue> ObjectReader::take(const QString& key, Presence presence)
{
    m_known.insert(key);
    const QJsonValue json = m_object.value(key);
    if (json.isUndefined()) {
        // Something that is not an object was reported as a whole; its fields are not
        // reported as missing on top of that.
        if (presence == Presence::Required && m_isObject) {
            report(pathOf(key), messages::missingField());
        }
        return std::nullopt;
    }
    if (json.isNull()) {
        report(pathOf(key), messages::nullValue());
        return std::nullopt;
    }
    return json;
}

std::optional<QJsonArray> ObjectReader::takeArray(const QString& key, Presence presence)
{
    const std::optional<QJsonValue> json = take(key, presence);
    if (!json) {
        return std::nullopt;
    }
    if (!json->isArray()) {
        report(pathOf(key), messages::expectedList());
        return std::nullopt;
    }
    return json->toArray();
}

std::optional<QJsonObject> ObjectReader::takeObject(const QString& key, Presence presence)
{
    const std::optional<QJsonValue> json = take(key, presence);
    if (!json) {
        return std::nullopt;
    }
    if (!json->isObject()) {
        report(pathOf(key), messages::expectedObject());
        return std::nullopt;
    }
    return json->toObject();
}

std::optional<QString> ObjectReader::stringAt(const QJsonValue& json, const QString& path,
                                              QList<JsonIssue>& issues)
{
    if (!json.isString()) {
        issues.append(
            JsonIssue{path, json.isNull() ? messages::nullValue() : messages::expectedText()});
        return std::nullopt;
    }
    return json.toString();
}

std::optional<qint64> ObjectReader::integerAt(const QJsonValue& json, const QString& path,
                                              QList<JsonIssue>& issues)
{
    // toInteger() falls back to its argument for a fraction or a number out of range; a value
    // that gives both fallbacks is no whole number in range.
    if (!json.isDouble() || (json.toInteger(0) == 0 && json.toInteger(1) == 1)) {
        issues.append(JsonIssue{path, json.isNull() ? messages::nullValue()
                                                    : messages::expectedWholeNumber()});
        return std::nullopt;
    }
    return json.toInteger();
}

void ObjectReader::readText(const QString& key, QString& out, Presence presence)
{
    if (const std::optional<QJsonValue> json = take(key, presence)) {
        if (const std::optional<QString> text = stringAt(*json, pathOf(key), m_issues)) {
            out = *text;
        }
    }
}

void ObjectReader::readTextList(const QString& key, QStringList& out)
{
    const std::optional<QJsonArray> array = takeArray(key, Presence::Optional);
    if (!array) {
        return;
    }
    const QString path = pathOf(key);
    for (qsizetype i = 0; i < array->size(); ++i) {
        // A wrong item is kept as empty text, so that the indices after it stay right.
        out.append(stringAt(array->at(i), indexPath(path, i), m_issues).value_or(QString()));
    }
}

void ObjectReader::readDate(const QString& key, QDate& out)
{
    QString text;
    readText(key, text);
    if (text.isEmpty()) {
        return;
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!datePattern().match(text).hasMatch() || !date.isValid()) {
        report(pathOf(key), messages::badDate());
        return;
    }
    out = date;
}

void ObjectReader::readDateTime(const QString& key, QDateTime& out)
{
    QString text;
    readText(key, text);
    if (text.isEmpty()) {
        return;
    }
    const QDateTime dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dateTimePattern().match(text).hasMatch() || !dateTime.isValid()) {
        report(pathOf(key), messages::badDateTime());
        return;
    }
    out = dateTime;
}

void ObjectReader::readBase64(const QString& key, QByteArray& out)
{
    QString text;
    readText(key, text);
    if (text.isEmpty()) {
        return;
    }
    // Non-Latin-1 characters become '?' here, which base64 refuses: no need to check twice.
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        report(pathOf(key), messages::badBase64());
        return;
    }
    out = decoded.decoded;
}

void ObjectReader::readHex(const QString& key, QByteArray& out)
{
    QString text;
    readText(key, text);
    if (text.isEmpty()) {
        return;
    }
    if (!hexPattern().match(text).hasMatch()) {
        report(pathOf(key), messages::badHex());
        return;
    }
    out = QByteArray::fromHex(text.toLatin1());
}

void ObjectReader::readBool(const QString& key, bool& out, Presence presence)
{
    if (const std::optional<QJsonValue> json = take(key, presence)) {
        if (!json->isBool()) {
            report(pathOf(key), messages::expectedBoolean());
            return;
        }
        out = json->toBool();
    }
}

void ObjectReader::readOptionalBool(const QString& key, std::optional<bool>& out)
{
    if (const std::optional<QJsonValue> json = take(key, Presence::Optional)) {
        if (!json->isBool()) {
            report(pathOf(key), messages::expectedBoolean());
            return;
        }
        out = json->toBool();
    }
}

void ObjectReader::readInt64(const QString& key, qint64& out, Presence presence)
{
    if (const std::optional<QJsonValue> json = take(key, presence)) {
        if (const std::optional<qint64> number = integerAt(*json, pathOf(key), m_issues)) {
            out = *number;
        }
    }
}

void ObjectReader::readOptionalInt64(const QString& key, std::optional<qint64>& out)
{
    if (const std::optional<QJsonValue> json = take(key, Presence::Optional)) {
        if (const std::optional<qint64> number = integerAt(*json, pathOf(key), m_issues)) {
            out = *number;
        }
    }
}

void ObjectReader::readInt(const QString& key, int& out, Presence presence)
{
    if (const std::optional<QJsonValue> json = take(key, presence)) {
        if (const std::optional<qint64> number = integerAt(*json, pathOf(key), m_issues)) {
            if (*number < std::numeric_limits<int>::min() ||
                *number > std::numeric_limits<int>::max()) {
                report(pathOf(key), messages::outOfRange());
                return;
            }
            out = static_cast<int>(*number);
        }
    }
}

void ObjectReader::readOptionalInt(const QString& key, std::optional<int>& out)
{
    // Present means set; a wrong value leaves it unset (and is reported).
    const qsizetype before = m_issues.size();
    int value = 0;
    readInt(key, value, Presence::Optional);
    if (m_object.contains(key) && m_issues.size() == before) {
        out = value;
    }
}

void ObjectReader::readIdList(const QString& key, QList<qint64>& out)
{
    const std::optional<QJsonArray> array = takeArray(key, Presence::Optional);
    if (!array) {
        return;
    }
    const QString path = pathOf(key);
    for (qsizetype i = 0; i < array->size(); ++i) {
        // A wrong item is kept as 0, which is no record, so that the indices stay right.
        out.append(integerAt(array->at(i), indexPath(path, i), m_issues).value_or(0));
    }
}

bool ObjectReader::finish()
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!m_known.contains(it.key())) {
            report(pathOf(it.key()), messages::unknownField());
        }
    }
    return m_issues.size() == m_issuesBefore;
}

} // namespace pr::core::json
