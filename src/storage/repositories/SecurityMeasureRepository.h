#pragma once

#include "core/domain/SecurityMeasure.h"
#include "storage/audit/AuditContext.h"

#include <QList>
#include <QString>

#include <optional>

namespace pr::storage {

class SqliteDatabase;

// The security measures of Bijlage 2. Nothing refers to a measure, so it can always be deleted.
// Writes take the database inside Register::write() and record themselves in the audit trail.
class SecurityMeasureRepository {
public:
    // Stores MEASURE under its id, or under a new one when the id is 0; returns the id.
    static qint64 insert(SqliteDatabase& db, const AuditContext& audit,
                         const core::SecurityMeasure& measure);
    // MissingRecordError when there is no measure with MEASURE's id.
    static void update(SqliteDatabase& db, const AuditContext& audit,
                       const core::SecurityMeasure& measure);
    static void remove(SqliteDatabase& db, const AuditContext& audit, qint64 id);

    static std::optional<core::SecurityMeasure> find(const SqliteDatabase& db, qint64 id);
    // As Bijlage 2 groups them: by category in the order of SecurityCategory, then by title.
    static QList<core::SecurityMeasure> all(const SqliteDatabase& db);
    // Title, description and owner, ignoring case and accents; in the order of all().
    static QList<core::SecurityMeasure> search(const SqliteDatabase& db, const QString& text);
};

} // namespace pr::storage
