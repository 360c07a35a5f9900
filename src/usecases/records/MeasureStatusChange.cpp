#include "usecases/records/MeasureStatusChange.h"

#include "storage/repositories/SecurityMeasureRepository.h"
#include "usecases/RegisterWriter.h"
#include "usecases/UseCaseContext.h"

namespace pr::usecases {

StepChange<core::SecurityMeasure> MeasureStatusChange::set(const UseCaseContext& context,
                                                           qint64 measureId,
                                                           core::MeasureStatus status)
{
    StepChange<core::SecurityMeasure> change;
    change.before = storage::SecurityMeasureRepository::find(context.database(), measureId);
    if (!change.before) {
        change.result =
            ChangeResult::refusedBecause(tr("There is no security measure %1.").arg(measureId));
        change.result.id = measureId;
        return change;
    }
    core::SecurityMeasure after = *change.before;
    after.status = status;
    // A measure in force keeps no planned date; one planned again gets its date in the editor.
    if (status != core::MeasureStatus::Planned) {
        after.plannedDate = QDate();
    }
    change.result = RegisterWriter::write(
        context, [&after](storage::SqliteDatabase& db, const storage::AuditContext& audit) {
            storage::SecurityMeasureRepository::update(db, audit, after);
        });
    change.result.id = measureId;
    if (change.result.changed()) {
        change.after = std::move(after);
    }
    return change;
}

} // namespace pr::usecases
