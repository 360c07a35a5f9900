#pragma once

#include "usecases/ChangeResult.h"

#include <optional>

namespace pr::usecases {

// What recording one workflow step gives: the write's result and, when the step was taken,
// the record before and after it (the desktop program's undo puts BEFORE back).
template <typename Record>
struct StepChange {
    ChangeResult result;
    std::optional<Record> before;
    std::optional<Record> after;

    bool taken() const { return after.has_value() && result.changed(); }
};

} // namespace pr::usecases
