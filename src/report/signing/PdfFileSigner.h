#pragma once

#include "report/signing/PdfSignatureRequest.h"

#include <QString>

namespace pr::crypto {
class SigningCredentials;
}

namespace pr::report {

// Signs the PDF at INPUT_PATH into OUTPUT_PATH (signPdf). Refuses OUTPUT_PATH when it is the
// same file as INPUT_PATH: signing never overwrites its input. The output is written through
// storage::AtomicFile only after signing fully succeeded, so a failure leaves no file, or the
// earlier file at OUTPUT_PATH untouched. Throws PdfSigningError, crypto::SigningError,
// storage::FileAccessError (reading) or storage::FileWriteError (writing).
void signPdfFile(const QString& inputPath, const QString& outputPath,
                 const crypto::SigningCredentials& credentials, const PdfSignatureRequest& request);

// Whether two paths name the same file, also when the second does not exist yet.
bool isSameFile(const QString& first, const QString& second);

} // namespace pr::report
