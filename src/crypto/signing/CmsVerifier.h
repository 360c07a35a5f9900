#pragma once

#include "crypto/signing/CertificateInfo.h"

#include <cstdint>
#include <ctime>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace pr::crypto {

// The outcome of checking one detached CMS signature against the bytes it claims to sign.
struct CmsVerification {
    enum class Status {
        Valid,            // the digest matches and the signature over it verifies
        DigestMismatch,   // the content differs from what was signed
        SignatureInvalid, // the signature does not verify with the signer's certificate
        Malformed,        // not a CMS signature this program can read
    };
    Status status = Status::Malformed;
    std::optional<CertificateInfo> signer; // when the CMS names a signer certificate
    bool hasSigningTimeAttribute = false;
    bool hasSigningCertificateV2 = false;
    // Only when trust anchors were given: whether the signer's chain leads to one of them.
    std::optional<bool> chainTrusted;
    std::string detail; // a short reason for a status other than Valid
};

// Checks CMS (DER, detached) over CONTENT: the messageDigest attribute against the content's
// digest, then the signature over the signed attributes with the certificate in the CMS.
// TRUST_ANCHORS_PEM (optional) are PEM certificates; the chain is checked at time AT. Never
// throws for bad input: a broken signature is a result, not an error.
CmsVerification verifyDetachedCms(std::span<const std::uint8_t> cms,
                                  std::span<const std::uint8_t> content,
                                  const std::string& trustAnchorsPem = {}, std::time_t at = 0);

} // namespace pr::crypto
