#pragma once

#include "report/signing/PdfSignatureCheck.h"

#include <QByteArray>

#include <string>
#include <vector>

namespace pr::report {

// Finds every signature dictionary in PDF (one with /ByteRange and /Contents), checks that
// its byte range starts at 0 and leaves out exactly /Contents, and verifies the CMS over the
// bytes of the range (digest first, then the signature). TRUST_ANCHORS_PEM (optional) are the
// certificates the signer's chain must lead to. The result is in file order (the first
// signature first). Throws PdfSigningError only when the file is no PDF at all.
std::vector<PdfSignatureCheck> verifyPdfSignatures(const QByteArray& pdf,
                                                   const std::string& trustAnchorsPem = {});

// True when PDF holds at least one signature, every one is Valid, and the last one covers
// the whole file (nothing was appended after the last signature).
bool allSignaturesValid(const std::vector<PdfSignatureCheck>& checks);

} // namespace pr::report
