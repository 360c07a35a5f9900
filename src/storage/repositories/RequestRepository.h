#pragma once

#include "core/domain/DataSubjectRequest.h"
#include "storage/audit/AuditContext.h"

#include <QList>
#include <QString>

#include <optional>

namespace pr::storage {

class SqliteDatabase;

// The data-subject requests. Nothing refers to a request, so it can always be deleted. Writes
// take the database inside Register::write() and record themselves in the audit trail.
class RequestRepository {
public:
    // Stores REQUEST under its id, or under a new one when the id is 0; returns the id.
    static qint64 insert(SqliteDatabase& db, const AuditContext& audit,
                         const core::DataSubjectRequest& request);
    // MissingRecordError when there is no request with REQUEST's id.
    static void update(SqliteDatabase& db, const AuditContext& audit,
                       const core::DataSubjectRequest& request);
    // Deleting a request erases the requester from the audit trail as well: the personal
    // fields (core::RequestAnonymiser::personalFields) are redacted from all of its entries,
    // the delete entry included. What stays shows that the request existed and how it went.
    static void remove(SqliteDatabase& db, const AuditContext& audit, qint64 id);

    static std::optional<core::DataSubjectRequest> find(const SqliteDatabase& db, qint64 id);
    // Newest first (by date received).
    static QList<core::DataSubjectRequest> all(const SqliteDatabase& db);
    // Reference, requester's name and contact, and outcome, ignoring case and accents; newest
    // first.
    static QList<core::DataSubjectRequest> search(const SqliteDatabase& db, const QString& text);
};

} // namespace pr::storage
