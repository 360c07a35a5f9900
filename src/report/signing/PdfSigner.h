#pragma once

#include "report/signing/PdfSignatureRequest.h"

#include <QByteArray>

namespace pr::crypto {
class SigningCredentials;
}

namespace pr::report {

// Signs a PDF held in memory as PAdES B-B (ETSI EN 319 142-1): an incremental update that adds
// an invisible signature field on the last page and its signature dictionary (/Filter
// /Adobe.PPKLite, /SubFilter /ETSI.CAdES.detached, /M, /Reason, /Location, /ContactInfo,
// /Name), whose /Contents is a detached CMS signature (crypto::signDetachedCms) over every
// byte of the file except /Contents itself. The original bytes stay unchanged at the start of
// the result, so an earlier signature remains valid. The visible block (name, function,
// date, place, signature image) is part of the rendered document itself.
// Throws PdfSigningError, or crypto::SigningError when the CMS cannot be made.
QByteArray signPdf(const QByteArray& pdf, const crypto::SigningCredentials& credentials,
                   const PdfSignatureRequest& request);

} // namespace pr::report
