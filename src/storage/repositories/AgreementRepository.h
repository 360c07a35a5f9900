#pragma once

#include "core/domain/Agreement.h"
#include "storage/audit/AuditContext.h"

#include <QList>
#include <QString>

#include <optional>

namespace pr::storage {

class SqliteDatabase;

// The data processing agreements, each with one client and the activities of its Bijlage 1.
// Nothing refers to an agreement, so it can always be deleted (its Bijlage 1 links and the
// sub-processor notices sent under it go with it). Writes take the database inside
// Register::write() and record themselves in the audit trail.
class AgreementRepository {
public:
    // Stores AGREEMENT under its id, or under a new one when the id is 0; returns the id.
    static qint64 insert(SqliteDatabase& db, const AuditContext& audit,
                         const core::Agreement& agreement);
    // MissingRecordError when there is no agreement with AGREEMENT's id.
    static void update(SqliteDatabase& db, const AuditContext& audit,
                       const core::Agreement& agreement);
    static void remove(SqliteDatabase& db, const AuditContext& audit, qint64 id);

    static std::optional<core::Agreement> find(const SqliteDatabase& db, qint64 id);
    // By client name (case-insensitive), then start date.
    static QList<core::Agreement> all(const SqliteDatabase& db);
    // The agreements with one client, by start date.
    static QList<core::Agreement> forClient(const SqliteDatabase& db, qint64 clientId);
    // Client name, version, processing location and signatories' names, ignoring case and
    // accents; in the order of all().
    static QList<core::Agreement> search(const SqliteDatabase& db, const QString& text);
};

} // namespace pr::storage
