#pragma once

#include "crypto/signing/CertificateInfo.h"

#include <optional>
#include <string>

namespace pr::crypto {

// The smallest keys a signature of this program may rest on: RSA of 2048 bits and elliptic
// curves of 256 bits, the floor that ETSI TS 119 312 and the Dutch and German government
// guidelines set for signatures meant to hold for years. A shorter key can be broken with
// the means of today or soon, and then anyone could make a "signed" agreement.
//
// One rule for every place: a certificate with a weaker key is refused for signing
// (SigningCredentials::fromPkcs12 with a moment of use: certificate import and each signing),
// and a signature made with one is reported with a warning (verify-pdf, the desktop
// program's signature check).
class KeyStrength {
public:
    static constexpr int kMinimumRsaBits = 2048;
    static constexpr int kMinimumEcBits = 256;

    // The minimum for CERTIFICATE's key type; nothing for a type this rule does not cover
    // (SigningCredentials refuses those anyway).
    static std::optional<int> minimumBits(const CertificateInfo& certificate);
    static bool isWeak(const CertificateInfo& certificate);
    // For a weak key: one sentence saying its type and size and what is needed, e.g. "The
    // certificate's RSA key has 1024 bits; at least 2048 bits are needed." Empty otherwise.
    static std::string weakness(const CertificateInfo& certificate);
};

} // namespace pr::crypto
