#pragma once

#include "core/domain/SubProcessor.h"
#include "storage/audit/AuditContext.h"

#include <QList>
#include <QString>

#include <optional>

namespace pr::storage {

class SqliteDatabase;

// The sub-processors with the activities they serve. Only its own notices refer to a
// sub-processor, so it can always be deleted (its links to activities and its notices go with
// it). Writes take the database inside
// Register::write() and record themselves in the audit trail.
class SubProcessorRepository {
public:
    // Stores SUB under its id, or under a new one when the id is 0; returns the id.
    static qint64 insert(SqliteDatabase& db, const AuditContext& audit,
                         const core::SubProcessor& sub);
    // MissingRecordError when there is no sub-processor with SUB's id.
    static void update(SqliteDatabase& db, const AuditContext& audit,
                       const core::SubProcessor& sub);
    static void remove(SqliteDatabase& db, const AuditContext& audit, qint64 id);

    static std::optional<core::SubProcessor> find(const SqliteDatabase& db, qint64 id);
    // By name, case-insensitive.
    static QList<core::SubProcessor> all(const SqliteDatabase& db);
    // Name, service, country and data location, ignoring case and accents.
    static QList<core::SubProcessor> search(const SqliteDatabase& db, const QString& text);
};

} // namespace pr::storage
