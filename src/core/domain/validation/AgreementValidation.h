#pragma once

#include "core/domain/Agreement.h"
#include "core/domain/validation/ValidationIssue.h"

#include <QList>

namespace pr::core {

// Every problem with VALUE at once; empty when it may be stored as it is.
//
// Rules: client, version and start date required; the end not before the start, and a
// terminated agreement has its end date; durations and intervals at least 1 month when set;
// day, hour and money amounts not negative; the breach window at most 72 hours (the client's
// own AP deadline); a currency code with an amount; at least one Bijlage 1 activity, none
// repeated; signed-by-firm and countersigned carry the signature dates they claim, and a dated
// signature names its signatory; the signed documents (the client's and the firm's) are PDFs
// within kMaxSignedPdfBytes, and only an agreement the firm has signed (or one terminated
// since) keeps the PDF the firm signed.
QList<ValidationIssue> validate(const Agreement& value);

} // namespace pr::core
