#include "core/workflow/DeadlineIcs.h"

#include "core/AppInfo.h"
#include "core/workflow/IcsWriter.h"

#include <QCryptographicHash>

#include <algorithm>

namespace pr::core {

namespace {

struct Event {
    QString uid;
    QString start; // the DTSTART line's name with parameters and its value
    QString startValue;
    QString end;
    QString endValue;
    QString summary;
    QString description;
    QString alarmTrigger;
};

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString label(const QString& reference, qint64 id)
{
    return reference.trimmed().isEmpty() ? QStringLiteral("#%1").arg(id) : reference.trimmed();
}

Event dayEvent(const QString& uid, QDate day, const QString& summary, const QString& description)
{
    // An all-day event ends (exclusively) on the next day; Outlook wants DTEND spelled out.
    return {uid,
            QStringLiteral("DTSTART;VALUE=DATE"),
            IcsWriter::date(day),
            QStringLiteral("DTEND;VALUE=DATE"),
            IcsWriter::date(day.addDays(1)),
            summary,
            description,
            QStringLiteral("-P2D")};
}

void addRequestEvents(QList<Event>& events, const RequestDue& request, const QString& key)
{
    const QString name = label(request.reference, request.requestId);
    const RequestDeadlines& d = request.deadlines;
    if (request.extended) {
        events << dayEvent(
            DeadlineIcs::uid(key, u"request-legal-extended", request.requestId), d.legalExtended,
            DeadlineIcs::tr("Request %1: extended legal deadline").arg(name),
            DeadlineIcs::tr("Received %1. Extended legal deadline %2 (AVG art. 12(3)).")
                .arg(iso(d.received), iso(d.legalExtended)));
        return;
    }
    const QString description =
        DeadlineIcs::tr("Received %1. Promised deadline %2. Legal deadline %3 (AVG art. 12(3)).")
            .arg(iso(d.received), iso(d.promised), iso(d.legal));
    if (d.promised.isValid()) {
        events << dayEvent(DeadlineIcs::uid(key, u"request-promised", request.requestId),
                           d.promised, DeadlineIcs::tr("Request %1: promised deadline").arg(name),
                           description);
    }
    events << dayEvent(DeadlineIcs::uid(key, u"request-legal", request.requestId), d.legal,
                       DeadlineIcs::tr("Request %1: legal deadline").arg(name), description);
}

Event clockEvent(const BreachClock& clock, const QString& key)
{
    const QString name = label(clock.reference, clock.breachId);
    const bool authority = clock.kind == BreachClockKind::Authority;
    const int hours = clock.hours;
    const QString summary =
        authority
            ? DeadlineIcs::tr("Breach %1: report to the Autoriteit Persoonsgegevens").arg(name)
            : DeadlineIcs::tr("Breach %1: inform the client (within %n hours)", nullptr, hours)
                  .arg(name);
    const QString description =
        DeadlineIcs::tr("Discovered %1 (UTC). This clock runs out %2 (UTC), %n hours later.",
                        nullptr, hours)
            .arg(clock.discoveredAt.toUTC().toString(Qt::ISODate),
                 clock.deadline.toUTC().toString(Qt::ISODate));
    // Half the window, at most 12 hours and at least one, so that the alarm falls after the
    // discovery even for a short window.
    const int alarmHours = std::clamp(hours / 2, 1, 12);
    return {DeadlineIcs::uid(key, enumCode(clock.kind), clock.breachId),
            QStringLiteral("DTSTART"),
            IcsWriter::utcDateTime(clock.deadline),
            {},
            {},
            summary,
            description,
            QStringLiteral("-PT%1H").arg(alarmHours)};
}

void writeEvent(IcsWriter& ics, const Event& event, const QString& stamp)
{
    ics.begin(u"VEVENT");
    ics.property(u"UID", event.uid);
    ics.property(u"DTSTAMP", stamp);
    ics.property(event.start, event.startValue);
    if (!event.end.isEmpty()) {
        ics.property(event.end, event.endValue);
    }
    ics.text(u"SUMMARY", event.summary);
    ics.text(u"DESCRIPTION", event.description);
    // A deadline does not make the user busy.
    ics.property(u"TRANSP", u"TRANSPARENT");
    ics.begin(u"VALARM");
    ics.property(u"ACTION", u"DISPLAY");
    ics.property(u"TRIGGER", event.alarmTrigger);
    ics.text(u"DESCRIPTION", event.summary);
    ics.end(u"VALARM");
    ics.end(u"VEVENT");
}

} // namespace

QByteArray DeadlineIcs::calendar(const DueItems& items, const QString& registerKey,
                                 const QDateTime& stamp)
{
    QList<Event> events;
    for (const DueEntry& entry : items.byUrgency()) {
        if (const auto* request = std::get_if<RequestDue>(&entry)) {
            addRequestEvents(events, *request, registerKey);
        } else {
            events << clockEvent(std::get<BreachClock>(entry), registerKey);
        }
    }
    IcsWriter ics;
    ics.begin(u"VCALENDAR");
    ics.property(u"PRODID", QStringLiteral("-//Privacyregister//Privacyregister %1//NL")
                                .arg(QLatin1String(app::kVersion)));
    ics.property(u"VERSION", u"2.0");
    ics.property(u"CALSCALE", u"GREGORIAN");
    // PUBLISH: a calendar to import, not an invitation that asks for a reply.
    ics.property(u"METHOD", u"PUBLISH");
    ics.text(u"X-WR-CALNAME", tr("Privacy register deadlines"));
    const QString dtstamp = IcsWriter::utcDateTime(stamp);
    for (const Event& event : events) {
        writeEvent(ics, event, dtstamp);
    }
    ics.end(u"VCALENDAR");
    return ics.bytes();
}

QString DeadlineIcs::registerKey(const QByteArray& firstAuditHash)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("privacyregister calendar uid\n"));
    hash.addData(firstAuditHash);
    return QString::fromLatin1(hash.result().toHex().left(16));
}

QString DeadlineIcs::uid(const QString& registerKey, QStringView kind, qint64 id)
{
    return QStringLiteral("%1-%2-%3@privacyregister").arg(registerKey, kind.toString()).arg(id);
}

} // namespace pr::core
