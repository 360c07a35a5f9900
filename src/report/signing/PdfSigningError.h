#pragma once

#include "report/ReportError.h"

namespace pr::report {

// Signing a PDF failed: the input is no PDF PoDoFo can update, the signature did not fit, or
// the output could not be written. The message says which, for the user; it never holds
// document content or key material.
class PdfSigningError : public ReportError {
public:
    using ReportError::ReportError;
};

} // namespace pr::report
