#pragma once

#include "core/calendar/Period.h"
#include "core/domain/DataSubjectRequest.h"
#include "storage/audit/AuditContext.h"

#include <QDate>
#include <QList>

namespace pr::storage {

class SqliteDatabase;

// The closed requests kept past their retention period (core::RequestRetention) and their
// anonymisation (core::RequestAnonymiser), shared by `privacyregister-cli anonymise-requests`
// and the window's "Anonymise expired requests…", so that both remove exactly the same.
class ExpiredRequests {
public:
    // The requests that are due for anonymisation on TODAY, newest first.
    static QList<core::DataSubjectRequest> find(const SqliteDatabase& db,
                                                const core::Period& period, QDate today);
    // Stores the anonymised form of each of REQUESTS and removes the personal fields from
    // their history in the audit trail (AuditTrail::redact); call inside Register::write(), so
    // that all of them change in one transaction and one save.
    static void anonymise(SqliteDatabase& db, const AuditContext& audit,
                          const QList<core::DataSubjectRequest>& requests);
};

} // namespace pr::storage
