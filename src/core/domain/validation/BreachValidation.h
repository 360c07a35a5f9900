#pragma once

#include "core/domain/Breach.h"
#include "core/domain/validation/ValidationIssue.h"

#include <QList>

namespace pr::core {

// Every problem with VALUE at once; empty when it may be stored as it is.
//
// Rules: discovery time and description required; category lists without blanks or repeats;
// counts not negative; reported to the AP: at least one report, the first one initial and the
// rest follow-ups, none before the discovery or before the report before it; not reported:
// no reports listed and, for the firm's own data, the reason (art. 33(5); as processor the
// client decides on the report: BreachDuty); people informed: the date, not before the
// discovery; not informed: the reason; a client notified only for a client's data, not before
// the discovery. Undecided questions (empty optionals) are no problem.
QList<ValidationIssue> validate(const Breach& value);

} // namespace pr::core
