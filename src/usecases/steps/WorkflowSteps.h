#pragma once

#include "core/time/Clock.h"
#include "core/workflow/StepResult.h"
#include "usecases/RegisterWriter.h"
#include "usecases/UseCaseContext.h"
#include "usecases/steps/StepChange.h"

#include <QDate>
#include <QList>

namespace pr::usecases {

// The one shape of every workflow of the register (a request's handling, an agreement's
// signing, a breach's reports): which steps a record can take, the check of a step without writing,
// and the recording of a step in one write. TRAITS names the record, its step and details types,
// its core workflow, its repository, the type of a step's moment and the sentence for a record that
// does not exist; see RequestSteps, AgreementSteps and BreachSteps.
template <typename Traits>
class WorkflowSteps {
public:
    using Record = typename Traits::Record;
    using Step = typename Traits::Step;
    using Details = typename Traits::Details;
    using Workflow = typename Traits::Workflow;
    using Repository = typename Traits::Repository;
    // A date (requests, agreements) or a moment (breaches, whose clocks run in hours).
    using Moment = typename Traits::Moment;

    static std::optional<Record> find(const UseCaseContext& context, qint64 id)
    {
        return Repository::find(context.database(), id);
    }

    // The steps record ID can take now, in the order of STEP; none for an unknown record.
    static QList<Step> possible(const UseCaseContext& context, qint64 id)
    {
        const std::optional<Record> record = find(context, id);
        return record ? Workflow::possibleSteps(*record) : QList<Step>{};
    }

    // Record ID after STEP at WHEN, or every reason why not. Writes nothing: a dialog shows
    // the reasons beside its fields before anything is recorded.
    static core::StepResult<Record> check(const UseCaseContext& context, qint64 id, Step step,
                                          const Moment& when, const Details& details = {})
    {
        const std::optional<Record> record = find(context, id);
        if (!record) {
            return {std::nullopt, {core::ValidationIssue{QString(), Traits::missing(id)}}};
        }
        return Workflow(context.clock()).apply(*record, step, when, details);
    }

    // Checks STEP as check() does and, when it may be taken, stores the record after it (one
    // write, recorded in the audit trail: that entry is the proof of the step).
    static StepChange<Record> record(const UseCaseContext& context, qint64 id, Step step,
                                     const Moment& when, const Details& details = {})
    {
        StepChange<Record> change;
        change.before = find(context, id);
        if (!change.before) {
            change.result = ChangeResult::refusedBecause(Traits::missing(id));
            change.result.id = id;
            return change;
        }
        core::StepResult<Record> stepped =
            Workflow(context.clock()).apply(*change.before, step, when, details);
        if (!stepped.ok()) {
            change.result = ChangeResult::refusedBecause(std::move(stepped.issues));
            change.result.id = id;
            return change;
        }
        // What a workflow keeps beside the step itself (an agreement: what it said when signed).
        if constexpr (requires { Traits::completeStep(context, step, *stepped.record); }) {
            Traits::completeStep(context, step, *stepped.record);
        }
        const Record& after = *stepped.record;
        change.result = RegisterWriter::write(
            context, [&after](storage::SqliteDatabase& db, const storage::AuditContext& audit) {
                Repository::update(db, audit, after);
            });
        change.result.id = id;
        if (change.result.changed()) {
            change.after = std::move(stepped.record);
        }
        return change;
    }
};

} // namespace pr::usecases
