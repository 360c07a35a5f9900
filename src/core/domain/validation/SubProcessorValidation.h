#pragma once

#include "core/domain/SubProcessor.h"
#include "core/domain/validation/ValidationIssue.h"

#include <QList>

namespace pr::core {

// Every problem with VALUE at once; empty when it may be stored as it is.
//
// Rules: name, service and country required; data outside the EEA needs a safeguard;
// activity ids positive and not repeated.
QList<ValidationIssue> validate(const SubProcessor& value);

} // namespace pr::core
