#pragma once

#include "crypto/SecureAllocator.h"
#include "crypto/signing/CertificateInfo.h"
#include "crypto/signing/SigningError.h"
#include "storage/repositories/SigningCertificateRepository.h"
#include "usecases/ChangeResult.h"

#include <optional>

namespace pr::usecases {

class UseCaseContext;

// What choosing or removing the signing certificate gives: the write's result, the stored
// certificate's details, and, when the PKCS#12 file could not be used, why (each front end
// words a SigningError in its own way).
struct CertificateChange {
    ChangeResult result;
    std::optional<crypto::CertificateInfo> info;
    std::optional<crypto::SigningError> error;
    bool removed = false; // remove(): there was a certificate to remove
};

// The firm's signing certificate kept in the register (PKCS#12, encrypted with the register),
// for the certificate panel of the desktop program and `privacyregister-cli certificate`.
class SigningCertificateChange {
public:
    // Checks and stores PKCS12 (its password PASSWORD) in place of any earlier one.
    static CertificateChange store(const UseCaseContext& context, const crypto::SecureBytes& pkcs12,
                                   const crypto::SecureBytes& password);
    static CertificateChange remove(const UseCaseContext& context);
    // Puts CERTIFICATE back as it was, or none (the desktop program's undo).
    static CertificateChange
    restore(const UseCaseContext& context,
            const std::optional<storage::StoredSigningCertificate>& certificate);
};

} // namespace pr::usecases
