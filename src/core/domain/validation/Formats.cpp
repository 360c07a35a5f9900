#include "core/domain/validation/Formats.h"

#include <QRegularExpression>
#include <QString>

namespace pr::core {

namespace {

// TEXT trimmed and, when DROPSPACES, without the spaces inside.
QString compact(QStringView text, bool dropSpaces)
{
    QString result = text.trimmed().toString();
    if (dropSpaces) {
        result.remove(u' ');
    }
    return result;
}

bool matchesWhole(const QRegularExpression& pattern, const QString& text)
{
    return pattern.match(text).hasMatch();
}

} // namespace

bool isKvkNumber(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{8}$"));
    return matchesWhole(pattern, compact(text, true));
}

bool isVatNumber(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^NL[0-9]{9}B[0-9]{2}$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return matchesWhole(pattern, compact(text, true));
}

bool isPostcode(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^[1-9][0-9]{3} ?([A-Za-z]{2})$"));
    const QRegularExpressionMatch match = pattern.match(compact(text, false));
    if (!match.hasMatch()) {
        return false;
    }
    // PostNL leaves these letter pairs out because of their associations.
    const QString letters = match.captured(1).toUpper();
    return letters != u"SA" && letters != u"SD" && letters != u"SS";
}

bool isPlausibleEmail(QStringView text)
{
    // A domain label starts and ends with a letter or digit; the last label (the top-level
    // domain) holds at least two letters.
    static const QRegularExpression pattern(
        QStringLiteral("^[^\\s@]+@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+"
                       "\\p{L}{2,}$"));
    return matchesWhole(pattern, compact(text, false));
}

bool isCurrencyCode(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{3}$"));
    return matchesWhole(pattern, compact(text, false));
}

bool isPng(QByteArrayView bytes)
{
    static constexpr char kSignature[] = "\x89PNG\r\n\x1a\n";
    return bytes.startsWith(QByteArrayView(kSignature, sizeof(kSignature) - 1));
}

bool isPdf(QByteArrayView bytes)
{
    return bytes.startsWith(QByteArrayView("%PDF-"));
}

} // namespace pr::core
