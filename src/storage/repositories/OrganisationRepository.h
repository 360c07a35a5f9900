#pragma once

#include <QString>

namespace pr::storage {

class SqliteDatabase;

// The organisation profile: one row. Grows with the full profile of the domain model.
class OrganisationRepository {
public:
    static QString legalName(const SqliteDatabase& db);
    static void setLegalName(SqliteDatabase& db, const QString& name);
};

} // namespace pr::storage
