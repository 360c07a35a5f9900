#include "usecases/records/RecordChanges.h"

#include "core/time/Clock.h"
#include "usecases/RegisterWriter.h"
#include "usecases/UseCaseContext.h"
#include "usecases/records/RecordSnapshot.h"
#include "usecases/records/RecordVersion.h"

namespace pr::usecases {

ChangeResult RecordChanges::save(const UseCaseContext& context, const RecordVersion* before,
                                 RecordVersion& after)
{
    QList<core::ValidationIssue> issues = after.check(before, context.clock().today());
    issues += after.checkInRegister(context.database());
    if (!issues.isEmpty()) {
        ChangeResult refused = ChangeResult::refusedBecause(std::move(issues));
        refused.id = after.id();
        return refused;
    }
    return restore(context, after, before == nullptr);
}

ChangeResult RecordChanges::restore(const UseCaseContext& context, RecordVersion& version,
                                    bool asNew)
{
    ChangeResult result =
        RegisterWriter::write(context, [&version, asNew](storage::SqliteDatabase& db,
                                                         const storage::AuditContext& audit) {
            if (asNew) {
                version.insert(db, audit);
            } else {
                version.update(db, audit);
            }
        });
    result.id = version.id();
    return result;
}

ChangeResult RecordChanges::removeAdded(const UseCaseContext& context, const RecordVersion& version)
{
    if (const QString kept = whyKept(version.kind()); !kept.isEmpty()) {
        ChangeResult refused = ChangeResult::refusedBecause(kept);
        refused.id = version.id();
        return refused;
    }
    ChangeResult result = RegisterWriter::write(
        context, [&version](storage::SqliteDatabase& db, const storage::AuditContext& audit) {
            version.remove(db, audit);
        });
    result.id = version.id();
    return result;
}

ChangeResult RecordChanges::remove(const UseCaseContext& context, const RecordSnapshot& snapshot)
{
    ChangeResult result = RegisterWriter::write(
        context, [&snapshot](storage::SqliteDatabase& db, const storage::AuditContext& audit) {
            snapshot.remove(db, audit);
        });
    result.id = snapshot.record().id;
    return result;
}

ChangeResult RecordChanges::putBack(const UseCaseContext& context, const RecordSnapshot& snapshot)
{
    ChangeResult result = RegisterWriter::write(
        context, [&snapshot](storage::SqliteDatabase& db, const storage::AuditContext& audit) {
            snapshot.restore(db, audit);
        });
    result.id = snapshot.record().id;
    return result;
}

QString RecordChanges::whyKept(core::EntityKind kind)
{
    switch (kind) {
    case core::EntityKind::Breach:
        return tr("A data breach stays on record once it is recorded: the AVG asks to document "
                  "every breach, also one that was not reported (art. 33(5)).");
    case core::EntityKind::Organisation:
        return tr("The organisation profile belongs to the register and is never deleted.");
    default:
        return {};
    }
}

} // namespace pr::usecases
