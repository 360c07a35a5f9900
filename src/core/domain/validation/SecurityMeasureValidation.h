#pragma once

#include "core/domain/SecurityMeasure.h"
#include "core/domain/validation/ValidationIssue.h"

#include <QList>

namespace pr::core {

// Every problem with VALUE at once; empty when it may be stored as it is.
//
// Rules: title and description required.
QList<ValidationIssue> validate(const SecurityMeasure& value);

} // namespace pr::core
