#pragma once

#include "core/domain/SubProcessorNotice.h"
#include "core/domain/validation/ValidationIssue.h"

#include <QList>

namespace pr::core {

// Every problem with VALUE at once; empty when it may be stored as it is.
//
// Rules: the sub-processor, client and agreement set; a sent date; an objection period of at
// least one day; a replacing notice names what it replaces; an objection comes on or after the
// day the notice was sent and says why; an outcome only with an objection.
QList<ValidationIssue> validate(const SubProcessorNotice& value);

} // namespace pr::core
