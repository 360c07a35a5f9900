// The calendar export's content: one event per deadline, stable UIDs, the export's moment as
// DTSTAMP, no personal data. (tests/cli/CliDueTest.cpp reads a whole file with a real parser.)

#include "core/workflow/DeadlineIcs.h"

#include <QSet>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::core::DeadlineIcs;
using pr::core::DueItems;
using pr::core::FixedClock;

namespace {

const QTimeZone kCet = QTimeZone(3600);

DueItems sampleItems(const pr::core::Clock& clock)
{
    pr::core::DataSubjectRequest plain;
    plain.id = 6;
    plain.reference = u"VZ-2026-06"_s;
    plain.requesterName = u"C. Hoekstra"_s;
    plain.requesterContact = u"c.hoekstra@example.nl"_s;
    plain.receivedDate = QDate(2026, 10, 13);
    pr::core::DataSubjectRequest extended = plain;
    extended.id = 10;
    extended.reference = u"VZ-2026-10"_s;
    extended.receivedDate = QDate(2026, 9, 28);
    extended.extension = pr::core::RequestExtension{QDate(2026, 10, 16), u"Veel mail"_s};
    pr::core::Breach breach;
    breach.id = 4;
    breach.reference = u"DL-2026-04"_s;
    breach.description = u"Laptop van J. Jansen gestolen"_s;
    breach.discoveredAt = QDateTime(QDate(2026, 11, 20), QTime(16, 0), kCet);
    return DueItems::compute({plain, extended}, {breach}, {},
                             pr::core::Period{4, pr::core::Period::Unit::Weeks}, clock);
}

QStringList linesStarting(const QByteArray& ics, const QByteArray& prefix)
{
    QStringList found;
    for (const QByteArray& line : ics.split('\n')) {
        if (line.startsWith(prefix)) {
            found << QString::fromUtf8(line.trimmed());
        }
    }
    return found;
}

} // namespace

TEST_CASE("The calendar has one event per deadline with an alarm", "[workflow][ics]")
{
    const FixedClock clock(QDateTime(QDate(2026, 11, 21), QTime(10, 0), kCet));
    const QByteArray ics =
        DeadlineIcs::calendar(sampleItems(clock), u"0123456789abcdef"_s, clock.now());

    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(ics.endsWith("END:VCALENDAR\r\n"));
    CHECK(ics.contains("\r\nVERSION:2.0\r\n"));
    CHECK(ics.contains("\r\nPRODID:-//Privacyregister//"));
    // Promised and legal for the plain request, the extended legal deadline for the other,
    // the AP clock for the breach.
    CHECK(ics.count("BEGIN:VEVENT\r\n") == 4);
    CHECK(ics.count("BEGIN:VALARM\r\n") == 4);
    CHECK(linesStarting(ics, "DTSTART") ==
          QStringList{u"DTSTART;VALUE=DATE:20261110"_s, u"DTSTART;VALUE=DATE:20261113"_s,
                      u"DTSTART:20261123T150000Z"_s, u"DTSTART;VALUE=DATE:20261228"_s});
    CHECK(linesStarting(ics, "TRIGGER") == QStringList{u"TRIGGER:-P2D"_s, u"TRIGGER:-P2D"_s,
                                                       u"TRIGGER:-PT12H"_s, u"TRIGGER:-P2D"_s});
    CHECK(linesStarting(ics, "DTSTAMP") == QStringList(4, u"DTSTAMP:20261121T090000Z"_s));
    // No bare line feed anywhere.
    CHECK(ics.count('\n') == ics.count("\r\n"));
}

TEST_CASE("Events name records by reference only", "[workflow][ics]")
{
    const FixedClock clock(QDateTime(QDate(2026, 11, 21), QTime(10, 0), kCet));
    const QByteArray ics = DeadlineIcs::calendar(sampleItems(clock), u"k"_s, clock.now());
    CHECK(ics.contains("SUMMARY:Request VZ-2026-06: legal deadline"));
    CHECK_FALSE(ics.contains("Hoekstra"));
    CHECK_FALSE(ics.contains("example.nl"));
    CHECK_FALSE(ics.contains("Jansen"));
    CHECK_FALSE(ics.contains("Laptop"));
    CHECK_FALSE(ics.contains("Veel mail"));
}

TEST_CASE("UIDs come from register, kind and id, not from the moment of export", "[workflow][ics]")
{
    FixedClock clock(QDateTime(QDate(2026, 11, 21), QTime(10, 0), kCet));
    const QString key = DeadlineIcs::registerKey("first entry hash");
    const QStringList first =
        linesStarting(DeadlineIcs::calendar(sampleItems(clock), key, clock.now()), "UID");
    clock.advanceSeconds(3 * 3600);
    const QStringList second =
        linesStarting(DeadlineIcs::calendar(sampleItems(clock), key, clock.now()), "UID");
    CHECK(first == second);
    CHECK(first.size() == 4);
    CHECK(first.contains(u"UID:%1-request-legal-6@privacyregister"_s.arg(key)));
    CHECK(first.contains(u"UID:%1-breach-ap-4@privacyregister"_s.arg(key)));
    CHECK(QSet<QString>(first.begin(), first.end()).size() == 4);

    CHECK(key.size() == 16);
    CHECK(key == DeadlineIcs::registerKey("first entry hash"));
    CHECK(key != DeadlineIcs::registerKey("another register"));
}

TEST_CASE("A breach of a client's data gets the client's event and none for the AP",
          "[workflow][ics][breach]")
{
    const FixedClock clock(QDateTime(QDate(2026, 11, 21), QTime(10, 0), kCet));
    pr::core::Breach breach;
    breach.id = 5;
    breach.reference = u"DL-2026-05"_s;
    breach.discoveredAt = QDateTime(QDate(2026, 11, 20), QTime(16, 0), kCet);
    breach.clientId = 2;
    pr::core::Agreement agreement;
    agreement.clientId = 2;
    agreement.breachNotificationHours = 24;
    agreement.startDate = QDate(2025, 1, 1);
    agreement.signingState = pr::core::SigningState::Countersigned;
    const QByteArray ics = DeadlineIcs::calendar(
        DueItems::compute({}, {breach}, {agreement},
                          pr::core::Period{4, pr::core::Period::Unit::Weeks}, clock),
        u"k"_s, clock.now());
    CHECK(linesStarting(ics, "UID") == QStringList{u"UID:k-breach-client-5@privacyregister"_s});
    CHECK(linesStarting(ics, "DTSTART") == QStringList{u"DTSTART:20261121T150000Z"_s});
    CHECK_FALSE(ics.contains("Autoriteit"));
}
