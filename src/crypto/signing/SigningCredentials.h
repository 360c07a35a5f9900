#pragma once

#include "crypto/signing/CertificateInfo.h"

#include <openssl/x509.h>

#include <cstdint>
#include <ctime>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace pr::crypto {

// A certificate, its private key and the chain up to (not necessarily including) the root, as
// loaded from a PKCS#12 file. The key lives only inside OpenSSL's key object, whose private
// numbers OpenSSL clears when it is freed (on destruction); the PKCS#12 bytes and password
// stay with the caller (SecureBytes). Movable, not copyable.
class SigningCredentials {
public:
    // Loads PKCS12 with PASSWORD (UTF-8; may be empty) and checks it is usable at VALID_AT
    // (UTC seconds): inside its validity period and with a key KeyStrength accepts. Nothing:
    // neither check, for showing a stored certificate that has expired since. Throws
    // SigningError with Reason NotPkcs12, WrongPassword, NoPrivateKey, NoCertificate,
    // KeyMismatch, UnsupportedKey, NotYetValid, Expired or WeakKey.
    static SigningCredentials fromPkcs12(std::span<const std::uint8_t> pkcs12,
                                         std::string_view password,
                                         std::optional<std::time_t> validAt);

    SigningCredentials(SigningCredentials&&) noexcept;
    SigningCredentials& operator=(SigningCredentials&&) noexcept;
    SigningCredentials(const SigningCredentials&) = delete;
    SigningCredentials& operator=(const SigningCredentials&) = delete;
    ~SigningCredentials();

    CertificateInfo certificate() const;
    // The issuing certificates carried in the PKCS#12 file, nearest first as stored.
    std::vector<CertificateInfo> chain() const;

    // For CmsSigner; the objects stay owned by this object.
    X509* certificateHandle() const noexcept;
    EVP_PKEY* keyHandle() const noexcept;
    STACK_OF(X509) * chainHandle() const noexcept;

private:
    struct Parts;
    explicit SigningCredentials(std::unique_ptr<Parts> parts);

    std::unique_ptr<Parts> m_parts;
};

} // namespace pr::crypto
