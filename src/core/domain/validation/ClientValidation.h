#pragma once

#include "core/domain/Client.h"
#include "core/domain/validation/ValidationIssue.h"

#include <QList>

namespace pr::core {

// Every problem with VALUE at once; empty when it may be stored as it is.
//
// Rules: legalName required; postcode, kvkNumber and contactEmail in their formats when
// filled in; an appointed FG (privacyContact.isDpo) needs a name and an e-mail address, and
// any privacy contact's e-mail must be plausible. The rest may follow later: the DPA shows
// what is missing.
QList<ValidationIssue> validate(const Client& value);

} // namespace pr::core
