#include "report/template/HtmlHead.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pr::report {

QString HtmlHead::title(const QString& html)
{
    static const QRegularExpression pattern(u"<title[^>]*>(.*?)</title\\s*>"_s,
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::DotMatchesEverythingOption);
    return decode(pattern.match(html).captured(1));
}

QString HtmlHead::description(const QString& html)
{
    static const QRegularExpression pattern(
        u"<meta\\s+name=\"description\"\\s+content=\"([^\"]*)\"[^>]*>"_s,
        QRegularExpression::CaseInsensitiveOption);
    return decode(pattern.match(html).captured(1));
}

QString HtmlHead::decode(const QString& html)
{
    static const QRegularExpression numeric(u"&#(x?)([0-9a-fA-F]+);"_s);
    QString text = html.simplified();
    QString result;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        bool ok = false;
        const uint code = match.captured(2).toUInt(&ok, match.captured(1).isEmpty() ? 10 : 16);
        result += QStringView(text).mid(last, match.capturedStart() - last);
        const char32_t character = code;
        result +=
            ok && QChar::isPrint(character) ? QString::fromUcs4(&character, 1) : match.captured(0);
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    // &amp; last, so that "&amp;lt;" becomes "&lt;" and not "<".
    return result.replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&quot;"_s, u"\""_s)
        .replace(u"&amp;"_s, u"&"_s);
}

} // namespace pr::report
