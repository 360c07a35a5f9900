#pragma once

#include "core/domain/Organisation.h"
#include "usecases/records/RecordVersion.h"

namespace pr::usecases {

// One version of the organisation profile, for RecordChanges. The profile is created with
// the register and never deleted, so every version replaces the stored one.
class OrganisationVersion final : public RecordVersion {
public:
    explicit OrganisationVersion(core::Organisation organisation);

    core::EntityKind kind() const override { return core::EntityKind::Organisation; }
    qint64 id() const override { return m_organisation.id; }
    QString name() const override;
    const core::Organisation& organisation() const { return m_organisation; }

    QList<core::ValidationIssue> check(const RecordVersion* before, QDate today) const override;
    // There is always a stored profile: inserting replaces it.
    void insert(storage::SqliteDatabase& db, const storage::AuditContext& audit) override;
    void update(storage::SqliteDatabase& db, const storage::AuditContext& audit) const override;
    // Throws std::logic_error: a register without its organisation cannot exist.
    void remove(storage::SqliteDatabase& db, const storage::AuditContext& audit) const override;

private:
    core::Organisation m_organisation;
};

} // namespace pr::usecases
