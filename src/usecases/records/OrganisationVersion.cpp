#include "usecases/records/OrganisationVersion.h"

#include "core/domain/validation/OrganisationValidation.h"
#include "storage/repositories/OrganisationRepository.h"

#include <stdexcept>

namespace pr::usecases {

OrganisationVersion::OrganisationVersion(core::Organisation organisation)
    : m_organisation(std::move(organisation))
{}

QString OrganisationVersion::name() const
{
    return m_organisation.tradeName.isEmpty() ? m_organisation.legalName : m_organisation.tradeName;
}

QList<core::ValidationIssue> OrganisationVersion::check(const RecordVersion* /*before*/,
                                                        QDate /*today*/) const
{
    return core::validate(m_organisation);
}

void OrganisationVersion::insert(storage::SqliteDatabase& db, const storage::AuditContext& audit)
{
    update(db, audit);
}

void OrganisationVersion::update(storage::SqliteDatabase& db,
                                 const storage::AuditContext& audit) const
{
    storage::OrganisationRepository::update(db, audit, m_organisation);
}

void OrganisationVersion::remove(storage::SqliteDatabase& /*db*/,
                                 const storage::AuditContext& /*audit*/) const
{
    throw std::logic_error("the organisation profile of a register cannot be removed");
}

} // namespace pr::usecases
