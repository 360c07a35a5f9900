#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

namespace pr::core {

// Writes iCalendar content lines as RFC 5545 section 3.1 wants them: UTF-8, each line ended
// by CRLF and folded so that no line is longer than 75 octets (a continuation starts with one
// space), TEXT values escaped (3.3.11). Calendar programs differ in how forgiving they are;
// Outlook in particular rejects long unfolded lines, so the rules are kept exactly.
class IcsWriter {
public:
    void begin(QStringView component) { property(u"BEGIN", component); }
    void end(QStringView component) { property(u"END", component); }
    // NAME (with any ";PARAM=..." already attached) and VALUE as they are: dates, durations,
    // codes. Use text() for anything a person wrote.
    void property(QStringView name, QStringView value);
    // A TEXT value, escaped.
    void text(QStringView name, QStringView value) { property(name, escapeText(value)); }

    const QByteArray& bytes() const { return m_bytes; }

    // Backslash, semicolon and comma escaped with a backslash, line breaks as "\n"; other
    // control characters, which TEXT does not allow, dropped.
    static QString escapeText(QStringView text);
    // LINE (UTF-8, without its CRLF) split into pieces of at most 75 octets joined by CRLF and
    // a space, never inside a UTF-8 sequence. No CRLF at the end.
    static QByteArray fold(const QByteArray& line);
    // 20261121: a DATE value.
    static QString date(QDate date);
    // 20261121T090000Z: a DATE-TIME value in UTC (form #2), seconds truncated to whole ones.
    static QString utcDateTime(const QDateTime& dateTime);

private:
    QByteArray m_bytes;
};

} // namespace pr::core
