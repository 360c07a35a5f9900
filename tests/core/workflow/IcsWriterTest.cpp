// iCalendar content lines (RFC 5545 3.1, 3.3.11): escaping, folding at 75 octets without
// splitting a UTF-8 sequence, CRLF line ends.

#include "core/workflow/IcsWriter.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::core::IcsWriter;

namespace {
// Undoes folding as a reader does (3.1): a CRLF followed by one space or tab is removed.
QByteArray unfold(QByteArray folded)
{
    return folded.replace("\r\n ", "").replace("\r\n\t", "");
}
} // namespace

TEST_CASE("TEXT values escape backslash, semicolon, comma and line breaks", "[workflow][ics]")
{
    CHECK(IcsWriter::escapeText(u"a,b;c\\d"_s) == u"a\\,b\\;c\\\\d"_s);
    CHECK(IcsWriter::escapeText(u"een\ntwee\r\ndrie\rvier"_s) == u"een\\ntwee\\ndrie\\nvier"_s);
    CHECK(IcsWriter::escapeText(u"tab\there"_s) == u"tab\there"_s);
    CHECK(IcsWriter::escapeText(u"bel\u0007"_s) == u"bel"_s);
    CHECK(IcsWriter::escapeText(u"Verzoek VZ-2026-06: wettelijke termijn"_s) ==
          u"Verzoek VZ-2026-06: wettelijke termijn"_s);
}

TEST_CASE("Long lines are folded at 75 octets and unfold to the original", "[workflow][ics]")
{
    const QByteArray line = "DESCRIPTION:" + QByteArray(200, 'x');
    const QByteArray folded = IcsWriter::fold(line);
    const QList<QByteArray> pieces = folded.split('\n');
    REQUIRE(pieces.size() == 3);
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        QByteArray piece = pieces.at(i);
        if (piece.endsWith('\r')) {
            piece.chop(1);
        }
        CHECK(piece.size() <= 75);
        CHECK(piece.startsWith(' ') == (i > 0));
    }
    CHECK(unfold(folded) == line);
    CHECK(IcsWriter::fold("SHORT:line") == "SHORT:line");
    CHECK(IcsWriter::fold(QByteArray(75, 'y')) == QByteArray(75, 'y'));
    CHECK(IcsWriter::fold(QByteArray(76, 'y')).contains("\r\n "));
}

TEST_CASE("Folding never splits a UTF-8 character", "[workflow][ics]")
{
    // "é" is two octets, "€" three: an odd start puts every sequence across a 75-octet mark
    // at some point.
    const QByteArray line = (u"SUMMARY:x"_s + QString(40, u'é') + QString(30, u'€')).toUtf8();
    const QByteArray folded = IcsWriter::fold(line);
    for (QByteArray piece : folded.split('\n')) {
        if (piece.endsWith('\r')) {
            piece.chop(1);
        }
        CHECK(piece.size() <= 75);
        // Each physical line is valid UTF-8 on its own.
        CHECK(QString::fromUtf8(piece).toUtf8() == piece);
        CHECK_FALSE(QString::fromUtf8(piece).contains(QChar::ReplacementCharacter));
    }
    CHECK(unfold(folded) == line);
}

TEST_CASE("Every content line ends in CRLF", "[workflow][ics]")
{
    IcsWriter ics;
    ics.begin(u"VCALENDAR");
    ics.text(u"SUMMARY", u"een\ntwee"_s);
    ics.property(u"DTSTART;VALUE=DATE", IcsWriter::date(QDate(2026, 11, 13)));
    ics.property(u"DTSTAMP", IcsWriter::utcDateTime(QDateTime(
                                 QDate(2026, 11, 21), QTime(10, 0, 0, 500), QTimeZone(3600))));
    ics.end(u"VCALENDAR");
    CHECK(ics.bytes() == "BEGIN:VCALENDAR\r\n"
                         "SUMMARY:een\\ntwee\r\n"
                         "DTSTART;VALUE=DATE:20261113\r\n"
                         "DTSTAMP:20261121T090000Z\r\n"
                         "END:VCALENDAR\r\n");
}
