#pragma once

#include "core/domain/ProcessingActivity.h"
#include "storage/audit/AuditContext.h"
#include "storage/repositories/RemovalPlan.h"

#include <QList>
#include <QString>

#include <optional>

namespace pr::storage {

class SqliteDatabase;

// The processing activities (register of art. 30, Bijlage 1) with all their lists. Writes take
// the database inside Register::write() and record themselves in the audit trail.
class ActivityRepository {
public:
    // Stores ACTIVITY under its id, or under a new one when the id is 0; returns the id.
    static qint64 insert(SqliteDatabase& db, const AuditContext& audit,
                         const core::ProcessingActivity& activity);
    // Replaces the activity with ACTIVITY's id, lists included; MissingRecordError if none.
    static void update(SqliteDatabase& db, const AuditContext& audit,
                       const core::ProcessingActivity& activity);
    // Refused with ReferencedRowError while agreements or sub-processors list the activity.
    static void remove(SqliteDatabase& db, const AuditContext& audit, qint64 id);

    static std::optional<core::ProcessingActivity> find(const SqliteDatabase& db, qint64 id);
    // By name, case-insensitive.
    static QList<core::ProcessingActivity> all(const SqliteDatabase& db);
    // Name, purposes, data categories, data-subject categories and recipients, ignoring case
    // and accents.
    static QList<core::ProcessingActivity> search(const SqliteDatabase& db, const QString& text);

    // Deleting the activity: the agreements (Bijlage 1) and sub-processors that list it stop
    // doing so. Nothing else is deleted.
    static RemovalPlan removalPlan(const SqliteDatabase& db, qint64 id);
    // Carries out CONFIRMED if it still is the plan for its activity; otherwise throws and
    // changes nothing.
    static void removeCascade(SqliteDatabase& db, const AuditContext& audit,
                              const RemovalPlan& confirmed);
};

} // namespace pr::storage
