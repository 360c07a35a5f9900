#pragma once

#include "core/domain/DataSubjectRequest.h"
#include "core/domain/validation/ValidationIssue.h"

#include <QList>

#include <optional>

namespace pr::core {

// What RequestWorkflow::apply() gives: the request after the step, or every reason why the
// step cannot be taken.
struct TransitionResult {
    std::optional<DataSubjectRequest> request; // set when the step was applied
    QList<ValidationIssue> issues;             // why not, otherwise

    bool ok() const { return request.has_value(); }
};

} // namespace pr::core
