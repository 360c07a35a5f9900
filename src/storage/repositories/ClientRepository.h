#pragma once

#include "core/domain/Client.h"
#include "storage/audit/AuditContext.h"
#include "storage/repositories/RemovalPlan.h"

#include <QList>
#include <QString>

#include <optional>

namespace pr::storage {

class SqliteDatabase;

// The clients the firm processes data for. Writes take the database inside Register::write()
// and record themselves in the audit trail; reads take the database as it is.
class ClientRepository {
public:
    // Stores CLIENT under its id, or under a new one when the id is 0; returns the id.
    static qint64 insert(SqliteDatabase& db, const AuditContext& audit, const core::Client& client);
    // Throws MissingRecordError when there is no client with CLIENT's id.
    static void update(SqliteDatabase& db, const AuditContext& audit, const core::Client& client);
    // Refused with ReferencedRowError while agreements, activities, requests or breaches
    // refer to the client.
    static void remove(SqliteDatabase& db, const AuditContext& audit, qint64 id);

    static std::optional<core::Client> find(const SqliteDatabase& db, qint64 id);
    // By name, case-insensitive.
    static QList<core::Client> all(const SqliteDatabase& db);
    // Name, city, KvK number and contact, ignoring case and accents.
    static QList<core::Client> search(const SqliteDatabase& db, const QString& text);

    // Deleting the client with its agreements; activities that list it stop doing so.
    // Requests and breaches of the client are never deleted: while there are any, the plan is
    // not possible.
    static RemovalPlan removalPlan(const SqliteDatabase& db, qint64 id);
    // Carries out CONFIRMED if it still is the plan for its client; otherwise, or when it is
    // not possible, throws and changes nothing.
    static void removeCascade(SqliteDatabase& db, const AuditContext& audit,
                              const RemovalPlan& confirmed);
};

} // namespace pr::storage
