// `due` and `deadlines-ics` on real registers with an injected clock: the demo register's
// overdue and due-soon requests, exit 5 versus 0, breach clocks, and the calendar file read by
// a real iCalendar parser (Debian's python3-icalendar).

#include "core/dashboard/WarningText.h"
#include "core/domain/Breach.h"
#include "storage/Register.h"
#include "storage/audit/AuditContext.h"
#include "storage/repositories/BreachRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "support/CliRunner.h"
#include "support/TestRegister.h"
#include "support/TestSettings.h"
#include "usecases/UseCaseContext.h"
#include "usecases/due/DashboardWarningsQuery.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::cli::ExitCode;
using pr::core::FixedClock;
using pr::test::runCli;

namespace {

constexpr std::string_view kRegisterPassword = "due test password";

// Local time, as the program's clock gives it: the demo's dates are calendar days here.
FixedClock clockAt(QDate date, QTime time = QTime(10, 0))
{
    return FixedClock(QDateTime(date, time));
}

struct Registers {
    QTemporaryDir dir;
    QString passwordFile = dir.filePath(u"password"_s);

    Registers()
    {
        REQUIRE(pr::test::writeFile(passwordFile, QByteArray(kRegisterPassword.data()) + '\n'));
    }

    pr::test::CliResult run(const QString& reg, const QStringList& command,
                            const pr::core::Clock& clock) const
    {
        return runCli(QStringList{u"--register"_s, reg, u"--password-file"_s, passwordFile} +
                          command,
                      {}, &clock);
    }

    QString create(const QString& name, bool demo) const
    {
        const QString reg = dir.filePath(name);
        QStringList command{u"init"_s, u"--kdf-memory"_s, u"8192"_s, u"--kdf-iterations"_s, u"1"_s};
        command << (demo ? QStringList{u"--demo"_s} : QStringList{u"--org-name"_s, u"Leeg B.V."_s});
        const auto result = run(reg, command, clockAt(QDate(2026, 11, 1)));
        INFO(result.err.toStdString());
        REQUIRE(result.code == ExitCode::Success);
        return reg;
    }

    // A breach stored through the library, as the desktop program would.
    void addBreach(const QString& reg, const pr::core::Breach& breach) const
    {
        const FixedClock clock = clockAt(QDate(2026, 11, 21));
        const auto opened = pr::storage::Register::open(reg, pr::test::password(kRegisterPassword),
                                                        pr::storage::OpenMode::ReadWrite);
        const pr::storage::AuditContext audit{clock, u"tester"_s};
        opened->write([&](pr::storage::SqliteDatabase& db) {
            pr::storage::BreachRepository::insert(db, audit, breach);
        });
    }
};

pr::core::Breach breachFound(const QDateTime& discovered, qint64 clientId = 0)
{
    pr::core::Breach breach;
    breach.reference = u"DL-TEST"_s;
    breach.description = u"Laptop van J. Jansen gestolen"_s;
    breach.discoveredAt = discovered;
    breach.clientId = clientId;
    return breach;
}

QStringList linesStarting(const QString& text, const QString& prefix)
{
    QStringList found;
    for (const QString& line : text.split(u'\n')) {
        if (line.startsWith(prefix)) {
            found << line;
        }
    }
    return found;
}

// The requesters of the demo register: none may appear in what `due` prints.
const QStringList kDemoPeople{
    u"Koster"_s, u"Brouwer"_s, u"Dijkman"_s, u"Postma"_s,  u"Willems"_s, u"Hoekstra"_s,  u"Bos"_s,
    u"Kuiper"_s, u"Yilmaz"_s,  u"Verbeek"_s, u"de Haan"_s, u"Timmer"_s,  u"example.nl"_s};

} // namespace

TEST_CASE("due lists the demo's overdue and due-soon requests and exits 5", "[cli][due]")
{
    Registers r;
    const QString demo = r.create(u"demo.prreg"_s, true);
    // Saturday 21 November 2026: VZ-2026-06 and -05 are past their promise of four weeks,
    // -07 and -08 are due in 4 and 6 days.
    const auto result = r.run(demo, {u"due"_s}, clockAt(QDate(2026, 11, 21)));
    INFO(result.out.toStdString() << result.err.toStdString());
    CHECK(result.code == ExitCode::Overdue);

    const QStringList overdue = linesStarting(result.out, u"overdue\trequest\t"_s);
    REQUIRE(overdue.size() == 2);
    CHECK(overdue.at(0).startsWith(u"overdue\trequest\t6\tVZ-2026-06\t2026-11-10\t-11d\t"_s));
    CHECK(overdue.at(1).startsWith(u"overdue\trequest\t5\tVZ-2026-05\t2026-11-16\t-5d\t"_s));
    const QStringList soon = linesStarting(result.out, u"due-soon\trequest\t"_s);
    REQUIRE(soon.size() == 2);
    CHECK(soon.at(0).startsWith(u"due-soon\trequest\t7\tVZ-2026-07\t2026-11-25\t4d\t"_s));
    CHECK(soon.at(1).startsWith(u"due-soon\trequest\t8\tVZ-2026-08\t2026-11-27\t6d\t"_s));
    CHECK(linesStarting(result.out, u"ok\trequest\t"_s).size() == 3);
    // The extended request works to its extended legal deadline.
    CHECK(result.out.contains(u"ok\trequest\t10\tVZ-2026-10\t2026-12-28\t37d\t"_s));
    // Most urgent first: the overdue lines lead.
    CHECK(result.out.startsWith(overdue.at(0)));
    for (const QString& person : kDemoPeople) {
        CHECK_FALSE(result.out.contains(person));
    }
}

TEST_CASE("due exits 0 when nothing is overdue", "[cli][due]")
{
    Registers r;
    const QString demo = r.create(u"demo.prreg"_s, true);
    const auto early = r.run(demo, {u"due"_s}, clockAt(QDate(2026, 11, 1)));
    INFO(early.out.toStdString() << early.err.toStdString());
    CHECK(early.code == ExitCode::Success);
    CHECK(linesStarting(early.out, u"overdue"_s).isEmpty());

    const QString empty = r.create(u"empty.prreg"_s, false);
    const auto nothing = r.run(empty, {u"due"_s}, clockAt(QDate(2026, 11, 21)));
    CHECK(nothing.code == ExitCode::Success);
    CHECK_FALSE(nothing.out.isEmpty());
}

TEST_CASE("due --json gives the same items for scripts", "[cli][due]")
{
    Registers r;
    const QString demo = r.create(u"demo.prreg"_s, true);
    const auto result = r.run(demo, {u"due"_s, u"--json"_s}, clockAt(QDate(2026, 11, 21)));
    CHECK(result.code == ExitCode::Overdue);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    CHECK(json.value(u"overdue"_s).toInt() == 2);
    CHECK(json.value(u"dueSoon"_s).toInt() == 2);
    CHECK(json.value(u"ok"_s).toInt() == 3);
    CHECK(json.value(u"today"_s).toString() == u"2026-11-21"_s);
    const QJsonArray items = json.value(u"items"_s).toArray();
    REQUIRE(items.size() == 7);
    const QJsonObject first = items.first().toObject();
    CHECK(first.value(u"reference"_s).toString() == u"VZ-2026-06"_s);
    CHECK(first.value(u"state"_s).toString() == u"overdue"_s);
    CHECK(first.value(u"legal"_s).toString() == u"2026-11-13"_s);
    CHECK(first.value(u"promised"_s).toString() == u"2026-11-10"_s);
    CHECK(first.value(u"daysLeft"_s).toInt() == -11);
    for (const QString& person : kDemoPeople) {
        CHECK_FALSE(result.out.contains(person));
    }

    // Four days ahead only VZ-2026-07 is due soon; a longer promise moves the deadlines.
    const auto narrow =
        r.run(demo, {u"due"_s, u"--json"_s, u"--within"_s, u"4"_s}, clockAt(QDate(2026, 11, 21)));
    CHECK(QJsonDocument::fromJson(narrow.out.toUtf8()).object().value(u"dueSoon"_s).toInt() == 1);
    const auto month =
        r.run(demo, {u"due"_s, u"--json"_s, u"--promise"_s, u"1m"_s}, clockAt(QDate(2026, 11, 21)));
    const QJsonObject monthJson = QJsonDocument::fromJson(month.out.toUtf8()).object();
    CHECK(monthJson.value(u"promise"_s).toString() == u"1m"_s);
    // VZ-2026-05 (received 19 October): legal deadline 19 November, still overdue.
    CHECK(monthJson.value(u"overdue"_s).toInt() == 2);

    CHECK(r.run(demo, {u"due"_s, u"--within"_s, u"-1"_s}, clockAt(QDate(2026, 11, 21))).code ==
          ExitCode::UsageError);
    CHECK(r.run(demo, {u"due"_s, u"--promise"_s, u"soon"_s}, clockAt(QDate(2026, 11, 21))).code ==
          ExitCode::UsageError);
}

TEST_CASE("due shows breach clocks in hours and exits 5 when one ran out", "[cli][due]")
{
    Registers r;
    const QString reg = r.create(u"breach.prreg"_s, true);
    // Our own breach: the AP clock. A breach of client 1's data, which has a countersigned
    // agreement with a 24-hour window: the client clock, and no AP clock (the client reports).
    r.addBreach(reg, breachFound(QDateTime(QDate(2026, 11, 20), QTime(16, 0))));
    r.addBreach(reg, breachFound(QDateTime(QDate(2026, 11, 20), QTime(16, 0)), 1));

    const auto running = r.run(reg, {u"due"_s}, clockAt(QDate(2026, 11, 21), QTime(10, 0)));
    INFO(running.out.toStdString());
    const QStringList ap = linesStarting(running.out, u"running\tbreach-ap\t"_s);
    REQUIRE(ap.size() == 1);
    CHECK(ap.first().startsWith(u"running\tbreach-ap\t4\t"_s));
    // 72 hours from Friday 16:00 is Monday 16:00, weekend or not: 54 hours left, two whole
    // days in words.
    CHECK(ap.first().contains(u"\t54h\t"_s));
    CHECK(ap.first().contains(u"\tDL-TEST\t2026-11-23T16:00:00"_s));
    CHECK(ap.first().endsWith(u"\t2 day(s) left"_s));
    const QStringList client = linesStarting(running.out, u"running\tbreach-client\t"_s);
    REQUIRE(client.size() == 1);
    CHECK(client.first().startsWith(u"running\tbreach-client\t5\t"_s));
    CHECK(client.first().contains(u"\t6h\t"_s));
    CHECK(client.first().contains(u"window=24h source=agreement client=1"_s));
    CHECK(client.first().endsWith(u"\t6 hour(s) left"_s));
    CHECK_FALSE(running.out.contains(u"breach-ap\t5\t"_s));
    CHECK(running.out.contains(u"Breach clocks running: 2."_s));
    CHECK_FALSE(running.out.contains(u"Jansen"_s));
    CHECK_FALSE(running.out.contains(u"Laptop"_s));

    // The same in JSON: the processor's breach has its client clock only.
    const auto json =
        r.run(reg, {u"due"_s, u"--json"_s}, clockAt(QDate(2026, 11, 21), QTime(10, 0)));
    QStringList clocks;
    for (const QJsonValue& item :
         QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"items"_s).toArray()) {
        const QJsonObject object = item.toObject();
        if (object.value(u"kind"_s).toString().startsWith(u"breach"_s)) {
            clocks << u"%1 %2"_s.arg(object.value(u"kind"_s).toString())
                          .arg(object.value(u"id"_s).toInt());
        }
    }
    CHECK(clocks == QStringList{u"breach-client 5"_s, u"breach-ap 4"_s});

    // An empty register with only a breach: exit 5 once the 72 hours have passed, 0 before.
    const QString empty = r.create(u"only-breach.prreg"_s, false);
    r.addBreach(empty, breachFound(QDateTime(QDate(2026, 11, 20), QTime(16, 0))));
    CHECK(r.run(empty, {u"due"_s}, clockAt(QDate(2026, 11, 23), QTime(15, 59))).code ==
          ExitCode::Success);
    const auto late = r.run(empty, {u"due"_s}, clockAt(QDate(2026, 11, 23), QTime(17, 0)));
    CHECK(late.code == ExitCode::Overdue);
    CHECK(late.out.startsWith(u"overdue\tbreach-ap\t"_s));
    CHECK(late.out.contains(u"\t-1h\t"_s));
    CHECK(late.out.contains(u"\t1 hour(s) overdue\n"_s));
}

TEST_CASE("A processor's breach never runs an AP clock in due, however late", "[cli][due]")
{
    Registers r;
    const QString reg = r.create(u"client-breach.prreg"_s, false);
    {
        // A client without an agreement (the 24 hours of a new one), and a breach of its data
        // with the report to the AP left undecided.
        const auto opened = pr::storage::Register::open(reg, pr::test::password(kRegisterPassword),
                                                        pr::storage::OpenMode::ReadWrite);
        const FixedClock clock = clockAt(QDate(2026, 11, 21));
        const pr::storage::AuditContext audit{clock, u"tester"_s};
        opened->write([&](pr::storage::SqliteDatabase& db) {
            pr::core::Client client;
            client.legalName = u"Tandartspraktijk Smit"_s;
            const qint64 id = pr::storage::ClientRepository::insert(db, audit, client);
            pr::storage::BreachRepository::insert(
                db, audit, breachFound(QDateTime(QDate(2026, 11, 20), QTime(16, 0)), id));
        });
    }
    // 66 and 79 hours after the discovery: before and after the 72 hours of an AP report.
    for (const QTime time : {QTime(10, 0), QTime(23, 0)}) {
        const auto result = r.run(reg, {u"due"_s}, clockAt(QDate(2026, 11, 23), time));
        INFO(result.out.toStdString());
        CHECK(result.code == ExitCode::Overdue);
        CHECK(linesStarting(result.out, u"overdue\tbreach-client\t"_s).size() == 1);
        CHECK_FALSE(result.out.contains(u"breach-ap"_s));
    }
}

TEST_CASE("The overview and due list the same deadlines in the same words", "[cli][due]")
{
    Registers r;
    const QString reg = r.create(u"agree.prreg"_s, true);
    r.addBreach(reg, breachFound(QDateTime(QDate(2026, 11, 20), QTime(16, 0))));
    r.addBreach(reg, breachFound(QDateTime(QDate(2026, 11, 21), QTime(7, 0)), 1));
    const FixedClock clock = clockAt(QDate(2026, 11, 21), QTime(10, 0));

    // The overview's deadline warnings, as the desktop program computes them.
    const auto opened = pr::storage::Register::open(reg, pr::test::password(kRegisterPassword),
                                                    pr::storage::OpenMode::ReadOnly);
    const pr::usecases::UseCaseContext context(*opened, clock, pr::test::testSettings());
    QStringList overview;
    for (const pr::core::DashboardWarning& warning :
         pr::usecases::DashboardWarningsQuery::load(context)) {
        const auto kind = warning.kind;
        using pr::core::WarningKind;
        const QString code =
            kind == WarningKind::BreachApClock       ? u"breach-ap"_s
            : kind == WarningKind::BreachClientClock ? u"breach-client"_s
            : kind == WarningKind::RequestOverdue || kind == WarningKind::RequestDueSoon
                ? u"request"_s
                : QString();
        if (!code.isEmpty()) {
            overview << u"%1 %2 %3"_s.arg(code)
                            .arg(warning.entityId)
                            .arg(pr::core::WarningText::status(warning));
        }
    }

    // What `due` prints for the same moment: every running clock, every request overdue or
    // due soon, with the words of its last field.
    const auto due = r.run(reg, {u"due"_s}, clock);
    QStringList listed;
    for (const QString& line : due.out.split(u'\n')) {
        const QStringList fields = line.split(u'\t');
        if (fields.size() < 8 || fields.at(0) == u"ok"_s) {
            continue;
        }
        listed << u"%1 %2 %3"_s.arg(fields.at(1), fields.at(2), fields.last());
    }
    overview.sort();
    listed.sort();
    CHECK(overview == listed);
    CHECK(listed.contains(u"breach-ap 4 2 day(s) left"_s));
    CHECK(listed.contains(u"breach-client 5 21 hour(s) left"_s));
    CHECK(listed.contains(u"request 6 11 day(s) overdue"_s));
    CHECK(listed.size() == 6);
}

namespace {

// Reads an .ics file with python3-icalendar and prints what the test checks, as JSON. Debian's
// own interpreter first: the package installs for it, not for one a developer may have on PATH.
QJsonObject parseWithIcalendar(const QString& path)
{
    static const char* const script = R"py(
import icalendar, json, sys, datetime
raw = open(sys.argv[1], 'rb').read()
cal = icalendar.Calendar.from_ical(raw)
events = []
for ev in cal.walk('VEVENT'):
    start = ev.get('dtstart').dt
    stamp = ev.get('dtstamp').dt
    events.append({
        'uid': str(ev.get('uid')),
        'summary': str(ev.get('summary')),
        'isDate': not isinstance(start, datetime.datetime),
        'start': start.isoformat(),
        'stamp': stamp.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'),
        'alarms': [a.get('trigger').dt.total_seconds() for a in ev.walk('VALARM')],
        'actions': [str(a.get('action')) for a in ev.walk('VALARM')],
    })
lines = raw.split(b'\r\n')
print(json.dumps({
    'prodid': str(cal.get('prodid')),
    'version': str(cal.get('version')),
    'events': events,
    'maxLineOctets': max(len(l) for l in lines),
    'bareLineFeeds': raw.count(b'\n') - raw.count(b'\r\n'),
}))
)py";
    const QString python =
        QFile::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s;
    QProcess process;
    process.start(python, {u"-c"_s, QString::fromUtf8(script), path});
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QJsonObject eventWithUid(const QJsonArray& events, const QString& uidPart)
{
    for (const QJsonValue& event : events) {
        if (event.toObject().value(u"uid"_s).toString().contains(uidPart)) {
            return event.toObject();
        }
    }
    FAIL("no event with a UID containing " << uidPart.toStdString());
    return {};
}

QStringList uidsOf(const QJsonArray& events)
{
    QStringList uids;
    for (const QJsonValue& event : events) {
        uids << event.toObject().value(u"uid"_s).toString();
    }
    uids.sort();
    return uids;
}

} // namespace

TEST_CASE("deadlines-ics writes a calendar that a real iCalendar parser reads", "[cli][ics]")
{
    Registers r;
    const QString reg = r.create(u"demo.prreg"_s, true);
    r.addBreach(reg, breachFound(QDateTime(QDate(2026, 11, 20), QTime(16, 0))));
    r.addBreach(reg, breachFound(QDateTime(QDate(2026, 11, 20), QTime(16, 0)), 1));
    const QString first = r.dir.filePath(u"first.ics"_s);
    const QString second = r.dir.filePath(u"second.ics"_s);
    const FixedClock firstClock(QDateTime(QDate(2026, 11, 21), QTime(10, 0), QTimeZone::utc()));
    const FixedClock secondClock(
        QDateTime(QDate(2026, 11, 21), QTime(14, 30, 15), QTimeZone::utc()));

    const auto written = r.run(reg, {u"deadlines-ics"_s, u"--out"_s, first}, firstClock);
    INFO(written.err.toStdString());
    REQUIRE(written.code == ExitCode::Success);
    REQUIRE(r.run(reg, {u"deadlines-ics"_s, u"--out"_s, second}, secondClock).code ==
            ExitCode::Success);

    const QJsonObject one = parseWithIcalendar(first);
    const QJsonObject two = parseWithIcalendar(second);
    CHECK(one.value(u"version"_s).toString() == u"2.0"_s);
    CHECK(one.value(u"prodid"_s).toString().startsWith(u"-//Privacyregister//"_s));
    CHECK(one.value(u"maxLineOctets"_s).toInt() <= 75);
    CHECK(one.value(u"bareLineFeeds"_s).toInt() == 0);

    // Six open requests with a promised and a legal deadline, one extended request with one,
    // our own breach's AP clock and the client clock of the breach of a client's data.
    const QJsonArray events = one.value(u"events"_s).toArray();
    CHECK(events.size() == 6 * 2 + 1 + 2);
    CHECK(written.out.contains(u"15"_s));

    // Same register, later export: the same UIDs, each once, and the new DTSTAMP.
    const QJsonArray later = two.value(u"events"_s).toArray();
    CHECK(uidsOf(events) == uidsOf(later));
    const QStringList uids = uidsOf(events);
    CHECK(QSet<QString>(uids.begin(), uids.end()).size() == uids.size());
    for (const QJsonValue& event : events) {
        CHECK(event.toObject().value(u"stamp"_s).toString() == u"2026-11-21T10:00:00Z"_s);
        CHECK(event.toObject().value(u"actions"_s).toArray() == QJsonArray{u"DISPLAY"_s});
        CHECK(event.toObject().value(u"alarms"_s).toArray().first().toDouble() < 0);
        for (const QString& person : kDemoPeople) {
            CHECK_FALSE(event.toObject().value(u"summary"_s).toString().contains(person));
        }
    }
    for (const QJsonValue& event : later) {
        CHECK(event.toObject().value(u"stamp"_s).toString() == u"2026-11-21T14:30:15Z"_s);
    }

    // The right dates: all-day for requests, UTC date-time for breach clocks.
    const QJsonObject legal = eventWithUid(events, u"-request-legal-6@"_s);
    CHECK(legal.value(u"isDate"_s).toBool());
    CHECK(legal.value(u"start"_s).toString() == u"2026-11-13"_s);
    CHECK(legal.value(u"summary"_s).toString().contains(u"VZ-2026-06"_s));
    CHECK(eventWithUid(events, u"-request-promised-6@"_s).value(u"start"_s).toString() ==
          u"2026-11-10"_s);
    CHECK(eventWithUid(events, u"-request-legal-extended-10@"_s).value(u"start"_s).toString() ==
          u"2026-12-28"_s);
    CHECK_FALSE(uids.join(u' ').contains(u"-request-promised-10@"_s));
    CHECK(uids.join(u' ').count(u"-breach-"_s) == 2);
    CHECK_FALSE(uids.join(u' ').contains(u"-breach-ap-5@"_s));
    const QJsonObject apClock = eventWithUid(events, u"-breach-ap-4@"_s);
    CHECK_FALSE(apClock.value(u"isDate"_s).toBool());
    // 72 hours after the local moment of discovery, written in UTC.
    const QDateTime apDeadline =
        QDateTime(QDate(2026, 11, 20), QTime(16, 0)).addSecs(72 * 3600).toUTC();
    CHECK(apClock.value(u"start"_s).toString() ==
          apDeadline.toString(u"yyyy-MM-dd'T'HH:mm:ss'+00:00'"));
    CHECK(eventWithUid(events, u"-breach-client-5@"_s).value(u"start"_s).toString() ==
          apDeadline.addSecs(-48 * 3600).toString(u"yyyy-MM-dd'T'HH:mm:ss'+00:00'"));
}
