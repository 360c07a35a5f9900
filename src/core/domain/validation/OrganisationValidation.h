#pragma once

#include "core/domain/Organisation.h"
#include "core/domain/validation/ValidationIssue.h"

#include <QList>

namespace pr::core {

// Every problem with VALUE at once; empty when it may be stored as it is.
//
// Rules: legalName, address, postcode, city, email, representativeName and
// representativeFunction are required (the parties block of a DPA and the contact section of
// the privacy statement print them); postcode, kvkNumber and vatNumber in their Dutch formats
// when filled in; e-mail addresses plausible; an appointed DPO (privacyContact.isDpo) needs a
// name and an e-mail address; logo and signature are PNG.
QList<ValidationIssue> validate(const Organisation& value);

} // namespace pr::core
