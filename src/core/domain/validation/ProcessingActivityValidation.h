#pragma once

#include "core/domain/ProcessingActivity.h"
#include "core/domain/validation/ValidationIssue.h"

#include <QList>

namespace pr::core {

// Every problem with VALUE at once; empty when it may be stored as it is.
//
// Rules: name required; at least one purpose, data category and data-subject category, none
// blank or listed twice; a legal basis for own processing (controller), and for basis f the
// legitimate interest; every flagged art. 9 category has its art. 9(2) exception, and no
// exception is kept for a category that is not flagged or not of art. 9; flagged children's
// data says how it is protected (childrenSafeguards); each staff role named once, with at least
// one operation; a retention period that is Fixed (amount 1..maxAmount, and a description for
// trigger Other) or DurationOfAgreement — free text alone does not count; each transfer outside
// the EEA names recipient, country and safeguard (and, for an art. 49 derogation, which one);
// data from another source names it; processor activities name at least one client, own
// processing none; a client scope only on a processor activity, for a client it serves, once
// per client, and what a scope sets follows the rule of the activity's own part (lists of at
// least one item, none blank or twice; the art. 9(2) ground of each flagged art. 9 category and
// the children's safeguards; a retention period as above).
QList<ValidationIssue> validate(const ProcessingActivity& value);

} // namespace pr::core
