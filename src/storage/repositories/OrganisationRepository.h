#pragma once

#include "core/domain/Organisation.h"
#include "storage/audit/AuditContext.h"

#include <QString>

#include <optional>

namespace pr::storage {

class SqliteDatabase;

// The organisation profile: the one row of the firm that keeps the register (id 1). It is
// created with the register and never deleted.
class OrganisationRepository {
public:
    // The profile, with id 1; nothing only in a register whose creation did not finish.
    static std::optional<core::Organisation> find(const SqliteDatabase& db);
    // Stores ORGANISATION as the profile (its id is ignored: there is one) and records the
    // change in the audit trail. Call inside Register::write().
    static void update(SqliteDatabase& db, const AuditContext& audit,
                       const core::Organisation& organisation);

    static QString legalName(const SqliteDatabase& db);
    // Only for Register::create, which names the firm before there is anything to audit:
    // changes afterwards go through update().
    static void setLegalName(SqliteDatabase& db, const QString& name);
};

} // namespace pr::storage
