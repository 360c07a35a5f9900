#include "core/domain/validation/TextRules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace pr::core::validation {

namespace {
bool isBinaryMember(const QString& key)
{
    // Base64 or hex in the JSON form; their own readers check them.
    static const QStringList binary{QStringLiteral("signedPdf"), QStringLiteral("firmSignedPdf"),
                                    QStringLiteral("signedContent"), QStringLiteral("salt"),
                                    QStringLiteral("digest")};
    return binary.contains(key);
}

bool isShortMember(const QString& key)
{
    static const QStringList endings{
        QStringLiteral("name"),     QStringLiteral("email"),     QStringLiteral("phone"),
        QStringLiteral("postcode"), QStringLiteral("city"),      QStringLiteral("kvknumber"),
        QStringLiteral("address"),  QStringLiteral("function"),  QStringLiteral("country"),
        QStringLiteral("website"),  QStringLiteral("reference"), QStringLiteral("title")};
    const QString lower = key.toLower();
    for (const QString& ending : endings) {
        if (lower.endsWith(ending)) {
            return true;
        }
    }
    return false;
}

bool isBidiControl(char16_t unit)
{
    // LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI. The marks LRM and RLM stay allowed:
    // they only nudge neutral characters.
    return (unit >= 0x202A && unit <= 0x202E) || (unit >= 0x2066 && unit <= 0x2069);
}

bool isControl(char16_t unit)
{
    if (unit == u'\t' || unit == u'\n' || unit == u'\r') {
        return false;
    }
    return unit < 0x20 || (unit >= 0x7F && unit <= 0x9F);
}

QString codePoint(char16_t unit)
{
    return QStringLiteral("U+%1").arg(static_cast<uint>(unit), 4, 16, QLatin1Char('0')).toUpper();
}

void checkValue(IssueList& issues, const QString& field, const QString& key,
                const QJsonValue& value);

void checkObject(IssueList& issues, const QString& prefix, const QJsonObject& object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isBinaryMember(it.key())) {
            continue;
        }
        const QString field = prefix.isEmpty() ? it.key() : memberField(prefix, it.key());
        checkValue(issues, field, it.key(), it.value());
    }
}

void checkValue(IssueList& issues, const QString& field, const QString& key,
                const QJsonValue& value)
{
    if (value.isString()) {
        const QString problem = textProblem(value.toString(), maxLengthOf(key));
        if (!problem.isEmpty()) {
            issues.add(field, problem);
        }
    } else if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            checkValue(issues, indexedField(field, i), key, items.at(i));
        }
    } else if (value.isObject()) {
        checkObject(issues, field, value.toObject());
    }
}
} // namespace

qsizetype maxLengthOf(const QString& key)
{
    return isShortMember(key) ? kMaxShortTextLength : kMaxLongTextLength;
}

QString textProblem(const QString& text, qsizetype maxLength)
{
    if (text.size() > maxLength) {
        return QCoreApplication::translate("Validation",
                                           "Too long: %1 characters, at most %2 fit here.")
            .arg(QLocale().toString(text.size()), QLocale().toString(maxLength));
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text.at(i).unicode();
        if (isControl(unit)) {
            return QCoreApplication::translate("Validation",
                                               "Contains an invisible control character (%1); "
                                               "remove it.")
                .arg(codePoint(unit));
        }
        if (isBidiControl(unit)) {
            return QCoreApplication::translate("Validation",
                                               "Contains a character that reverses the reading "
                                               "direction (%1), so the text would show other "
                                               "than it reads; remove it.")
                .arg(codePoint(unit));
        }
        if (QChar::isHighSurrogate(unit) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(unit)) {
            return QCoreApplication::translate("Validation",
                                               "Contains a broken character (half of a UTF-16 "
                                               "pair, %1); retype the text.")
                .arg(codePoint(unit));
        }
    }
    return {};
}

void checkTexts(IssueList& issues, const QJsonObject& record)
{
    checkObject(issues, {}, record);
}

} // namespace pr::core::validation
