#pragma once

#include "crypto/CryptoError.h"
#include "crypto/signing/CertificateInfo.h"

#include <optional>
#include <string>

namespace pr::crypto {

// Why a PKCS#12 file or a signature cannot be used. A distinct reason per refusal so that the
// GUI and the CLI can say what happened and what to do; the message never holds a password or
// key material.
class SigningError : public CryptoError {
public:
    enum class Reason {
        NotPkcs12,      // the bytes are no PKCS#12 file (.p12/.pfx)
        WrongPassword,  // the PKCS#12 password does not open the file
        NoPrivateKey,   // the file holds no private key
        NoCertificate,  // the file holds no certificate for the key
        KeyMismatch,    // the private key does not belong to the certificate
        NotYetValid,    // the certificate's validity starts after the given time
        Expired,        // the certificate's validity ended before the given time
        UnsupportedKey, // the key type cannot make a PAdES signature
        WeakKey,        // the key is shorter than KeyStrength allows
        SigningFailed,  // OpenSSL failed while building the signature
    };

    SigningError(Reason reason, const std::string& message,
                 std::optional<CertificateInfo> certificate = std::nullopt)
        : CryptoError(message)
        , m_reason(reason)
        , m_certificate(std::move(certificate))
    {}

    Reason reason() const noexcept { return m_reason; }
    // The refused certificate, for NotYetValid, Expired and WeakKey: its dates and its key,
    // so that a front end can word them in the user's language.
    const std::optional<CertificateInfo>& certificate() const noexcept { return m_certificate; }

private:
    Reason m_reason;
    std::optional<CertificateInfo> m_certificate;
};

} // namespace pr::crypto
