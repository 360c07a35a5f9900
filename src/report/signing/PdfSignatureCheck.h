#pragma once

#include "crypto/signing/CmsVerifier.h"

#include <QDateTime>
#include <QString>

#include <array>
#include <optional>

namespace pr::report {

// The result of checking one signature of a PDF (PdfSignatureVerifier).
struct PdfSignatureCheck {
    enum class Status {
        Valid,            // the signed bytes are unchanged and the CMS signature verifies
        DigestMismatch,   // bytes inside the signed range were changed after signing
        SignatureInvalid, // the CMS signature does not verify
        Malformed,        // /ByteRange or /Contents are not usable
    };
    Status status = Status::Malformed;
    QString fieldName;
    QString subFilter;
    QString signerName;    // the certificate's subject common name, else /Name
    QString signerSubject; // the certificate's subject line
    QDateTime signingTime; // from /M; invalid when missing or unreadable
    QString reason;
    QString location;
    std::array<qint64, 4> byteRange{};
    // Whether the range runs to the end of the file. Only the last signature of a document
    // that was signed more than once covers everything: the later revisions come after it.
    bool coversWholeFile = false;
    std::optional<crypto::CmsVerification> cms;
    QString detail; // a short reason for a status other than Valid
};

} // namespace pr::report
