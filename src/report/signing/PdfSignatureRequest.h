#pragma once

#include <QDateTime>
#include <QString>

namespace pr::report {

// What the signature dictionary says besides the signature itself (ISO 32000-1, 12.8.1).
struct PdfSignatureRequest {
    // The moment of signing, written to /M. PAdES keeps the time here and not in the CMS.
    QDateTime signingTime;
    QString reason = QStringLiteral("Ondertekening verwerkersovereenkomst");
    QString location;    // /Location: the place of signing, e.g. the firm's city
    QString contactInfo; // /ContactInfo: how to reach the signer, e.g. an e-mail address
    QString signerName;  // /Name; empty: the certificate's common name
};

} // namespace pr::report
