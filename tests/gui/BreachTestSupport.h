#pragma once

// Two breaches the demo register lacks, for the steps of both roles: the demo's own are
// decided already (DL-2026-01 reported, DL-2026-02 not) and its client's breach has been
// passed on to the client.

#include "GuiTestSupport.h"
#include "storage/repositories/BreachRepository.h"

namespace pr::test {

// DL-2026-04, the firm's own data, nothing decided yet.
inline constexpr qint64 kOwnBreach = 4;
// DL-2026-05, a client's data (Lindeboom Accountants, client 2), the client not told yet.
inline constexpr qint64 kClientBreach = 5;

// Discovered the afternoon before the demo's day (Saturday 21 November 2026, 09:00).
inline QDateTime undecidedDiscovery()
{
    return QDateTime(QDate(2026, 11, 20), QTime(15, 0));
}

inline void addUndecidedBreaches(storage::Register& reg)
{
    core::Breach own;
    own.reference = QStringLiteral("DL-2026-04");
    own.description = QStringLiteral("Laptop van een medewerker gestolen uit de auto.");
    own.discoveredAt = undecidedDiscovery();
    core::Breach client;
    client.reference = QStringLiteral("DL-2026-05");
    client.description = QStringLiteral("Back-up van een klant naar een verkeerde opslag gezet.");
    client.discoveredAt = undecidedDiscovery();
    client.clientId = 2;
    const core::FixedClock clock(demoNow());
    reg.write([&](storage::SqliteDatabase& db) {
        const storage::AuditContext audit{clock, QStringLiteral("eigenaar")};
        REQUIRE(storage::BreachRepository::insert(db, audit, own) == kOwnBreach);
        REQUIRE(storage::BreachRepository::insert(db, audit, client) == kClientBreach);
    });
}

} // namespace pr::test
