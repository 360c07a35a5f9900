#pragma once

#include "core/domain/Breach.h"
#include "storage/audit/AuditContext.h"

#include <QList>
#include <QString>

#include <optional>

namespace pr::storage {

class SqliteDatabase;

// The data breaches with their affected categories and reports to the AP. Nothing refers to a
// breach. Writes take the database inside Register::write() and record themselves in the
// audit trail; art. 33(5) asks to document every breach, so the GUI should rarely delete one.
class BreachRepository {
public:
    // Stores BREACH under its id, or under a new one when the id is 0; returns the id.
    static qint64 insert(SqliteDatabase& db, const AuditContext& audit, const core::Breach& breach);
    // MissingRecordError when there is no breach with BREACH's id.
    static void update(SqliteDatabase& db, const AuditContext& audit, const core::Breach& breach);
    static void remove(SqliteDatabase& db, const AuditContext& audit, qint64 id);

    static std::optional<core::Breach> find(const SqliteDatabase& db, qint64 id);
    // Newest first (by moment of discovery).
    static QList<core::Breach> all(const SqliteDatabase& db);
    // Reference, description, consequences, measures and the AP's reference, ignoring case
    // and accents; newest first.
    static QList<core::Breach> search(const SqliteDatabase& db, const QString& text);
};

} // namespace pr::storage
