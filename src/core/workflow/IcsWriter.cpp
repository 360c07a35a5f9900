#include "core/workflow/IcsWriter.h"

namespace pr::core {

namespace {
constexpr qsizetype kMaxOctets = 75;

bool isUtf8Continuation(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0U) == 0x80U;
}
} // namespace

void IcsWriter::property(QStringView name, QStringView value)
{
    m_bytes += fold((name.toString() + QLatin1Char(':') + value.toString()).toUtf8());
    m_bytes += "\r\n";
}

QString IcsWriter::escapeText(QStringView text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            escaped += QLatin1Char('\\');
            escaped += c;
        } else if (c == QLatin1Char('\r')) {
            // CRLF and a lone CR are one line break each.
            escaped += QStringLiteral("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
        } else if (c == QLatin1Char('\n')) {
            escaped += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\t') || c.category() != QChar::Other_Control) {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray IcsWriter::fold(const QByteArray& line)
{
    QByteArray folded;
    qsizetype start = 0;
    // The first piece may hold 75 octets; each continuation 74 after its leading space.
    qsizetype room = kMaxOctets;
    while (line.size() - start > room) {
        qsizetype cut = start + room;
        while (cut > start && isUtf8Continuation(line.at(cut))) {
            --cut;
        }
        folded += line.mid(start, cut - start);
        folded += "\r\n ";
        start = cut;
        room = kMaxOctets - 1;
    }
    folded += line.mid(start);
    return folded;
}

QString IcsWriter::date(QDate date)
{
    return date.toString(u"yyyyMMdd");
}

QString IcsWriter::utcDateTime(const QDateTime& dateTime)
{
    return dateTime.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'");
}

} // namespace pr::core
