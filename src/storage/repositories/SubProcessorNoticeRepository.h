#pragma once

#include "core/domain/SubProcessorNotice.h"
#include "storage/audit/AuditContext.h"

#include <QList>

#include <optional>

namespace pr::storage {

class SqliteDatabase;

// The notices that told clients of a new or replacing sub-processor, with their objections.
// Writes take the database inside Register::write() and record themselves in the audit trail.
// A notice goes with the sub-processor or agreement it belongs to (removeFor...), each delete
// with its own audit entry.
class SubProcessorNoticeRepository {
public:
    // Stores NOTICE under its id, or under a new one when the id is 0; returns the id.
    static qint64 insert(SqliteDatabase& db, const AuditContext& audit,
                         const core::SubProcessorNotice& notice);
    // MissingRecordError when there is no notice with NOTICE's id.
    static void update(SqliteDatabase& db, const AuditContext& audit,
                       const core::SubProcessorNotice& notice);
    static void remove(SqliteDatabase& db, const AuditContext& audit, qint64 id);
    static void removeForSubProcessor(SqliteDatabase& db, const AuditContext& audit,
                                      qint64 subProcessorId);
    static void removeForAgreement(SqliteDatabase& db, const AuditContext& audit,
                                   qint64 agreementId);

    static std::optional<core::SubProcessorNotice> find(const SqliteDatabase& db, qint64 id);
    // Each list: the latest sent first.
    static QList<core::SubProcessorNotice> all(const SqliteDatabase& db);
    static QList<core::SubProcessorNotice> forSubProcessor(const SqliteDatabase& db,
                                                           qint64 subProcessorId);
    static QList<core::SubProcessorNotice> forClient(const SqliteDatabase& db, qint64 clientId);
};

} // namespace pr::storage
