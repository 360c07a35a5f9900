#pragma once

#include "core/workflow/DueItems.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pr::core {

// The deadlines of DueItems as an iCalendar file (RFC 5545) to import into Outlook or
// Thunderbird: one VEVENT per deadline, each with a display alarm.
//
// - A request that is not extended has two events, its promised and its legal deadline; an
//   extended one has one, the extended legal deadline. They are all-day events
//   (DTSTART;VALUE=DATE) with an alarm two days before.
// - A breach clock is an event at the moment it runs out, in UTC, with an alarm half its
//   window before (at most 12 hours). Only the clocks DueItems runs (BreachDuty): a breach of
//   a client's data has its client clock and no event for the AP.
// - SUMMARY and DESCRIPTION name the record by its reference only: nothing about the person
//   or the breach's content leaves the encrypted register.
// - UIDs are derived from the register's key, the kind of deadline and the record's id, so a
//   second export updates the events of the first instead of adding copies. DTSTAMP is the
//   moment of the export.
class DeadlineIcs {
    Q_DECLARE_TR_FUNCTIONS(DeadlineIcs)

public:
    static QByteArray calendar(const DueItems& items, const QString& registerKey,
                               const QDateTime& stamp);

    // A register's key for UIDs: 16 hex digits of SHA-256 over FIRSTAUDITHASH, the hash of the
    // first entry of its audit trail. That entry is written with the register's first record,
    // never changes (the chain protects it) and travels with an export and import, so the key
    // is stable for the register's life and differs between registers. Hashing again keeps the
    // trail's own hash out of the file.
    static QString registerKey(const QByteArray& firstAuditHash);
    // "<registerKey>-<kind>-<id>@privacyregister", e.g. "…-request-legal-7@privacyregister".
    static QString uid(const QString& registerKey, QStringView kind, qint64 id);
};

} // namespace pr::core
