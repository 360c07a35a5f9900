#pragma once

#include "core/domain/validation/ValidationIssue.h"

#include <QList>

#include <optional>

namespace pr::core {

// What a workflow's apply() gives (RequestWorkflow, AgreementWorkflow): the record after the
// step, or every reason why the step cannot be taken. One shape for every workflow, so that
// the use cases and both front ends report a refused step the same way.
template <typename Record>
struct StepResult {
    std::optional<Record> record;  // set when the step was applied
    QList<ValidationIssue> issues; // why not, otherwise

    bool ok() const { return record.has_value(); }
};

} // namespace pr::core
