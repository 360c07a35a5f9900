#pragma once

#include "crypto/signing/SigningCredentials.h"

#include <cstdint>
#include <span>
#include <vector>

namespace pr::crypto {

// A detached CMS signature (DER) over CONTENT for a PAdES B-B signature (ETSI EN 319 142-1):
// SHA-256, signed attributes contentType, messageDigest and ESS signing-certificate-v2, and
// deliberately no signingTime attribute (PAdES puts the time in the signature dictionary's
// /M). The signer's certificate and the PKCS#12 chain are included. Throws SigningError.
std::vector<std::uint8_t> signDetachedCms(const SigningCredentials& credentials,
                                          std::span<const std::uint8_t> content);

} // namespace pr::crypto
