#pragma once

#include "storage/repositories/Referrer.h"

#include <QList>

#include <optional>

namespace pr::storage {
class SqliteDatabase;
}

// Who refers to a client or a processing activity, the two records others point at. Used to
// refuse a delete with the referrers named, and to plan a cascade.

namespace pr::storage::detail {

std::optional<Referrer> clientRecord(const SqliteDatabase& db, qint64 clientId);
std::optional<Referrer> activityRecord(const SqliteDatabase& db, qint64 activityId);

QList<Referrer> agreementsOfClient(const SqliteDatabase& db, qint64 clientId);
QList<Referrer> activitiesForClient(const SqliteDatabase& db, qint64 clientId);
QList<Referrer> requestsForClient(const SqliteDatabase& db, qint64 clientId);
QList<Referrer> breachesForClient(const SqliteDatabase& db, qint64 clientId);

QList<Referrer> agreementsWithActivity(const SqliteDatabase& db, qint64 activityId);
QList<Referrer> subProcessorsForActivity(const SqliteDatabase& db, qint64 activityId);

} // namespace pr::storage::detail
