#pragma once

#include "core/domain/Agreement.h"
#include "core/domain/validation/ValidationIssue.h"

#include <QList>

#include <optional>

namespace pr::core {

// What AgreementWorkflow::apply() gives: the agreement after the step, or every reason why
// the step cannot be taken.
struct AgreementStepResult {
    std::optional<Agreement> agreement; // set when the step was applied
    QList<ValidationIssue> issues;      // why not, otherwise

    bool ok() const { return agreement.has_value(); }
};

} // namespace pr::core
