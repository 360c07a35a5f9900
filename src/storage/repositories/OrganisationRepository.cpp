#include "storage/repositories/OrganisationRepository.h"

#include "storage/sqlite/SqliteDatabase.h"

namespace pr::storage {

QString OrganisationRepository::legalName(const SqliteDatabase& db)
{
    auto query = db.prepare(u"SELECT legal_name FROM organisation WHERE id = 1");
    return query.step() ? query.text(0) : QString();
}

void OrganisationRepository::setLegalName(SqliteDatabase& db, const QString& name)
{
    db.prepare(u"INSERT INTO organisation (id, legal_name) VALUES (1, ?1) "
               u"ON CONFLICT (id) DO UPDATE SET legal_name = excluded.legal_name")
        .bind(1, name.trimmed())
        .run();
}

} // namespace pr::storage
