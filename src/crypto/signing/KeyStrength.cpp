#include "crypto/signing/KeyStrength.h"

namespace pr::crypto {

std::optional<int> KeyStrength::minimumBits(const CertificateInfo& certificate)
{
    if (certificate.keyType == "RSA") {
        return kMinimumRsaBits;
    }
    if (certificate.keyType == "EC") {
        return kMinimumEcBits;
    }
    return std::nullopt;
}

bool KeyStrength::isWeak(const CertificateInfo& certificate)
{
    const std::optional<int> minimum = minimumBits(certificate);
    return minimum && certificate.keyBits < *minimum;
}

std::string KeyStrength::weakness(const CertificateInfo& certificate)
{
    if (!isWeak(certificate)) {
        return {};
    }
    return "The certificate's " + certificate.keyType + " key has " +
           std::to_string(certificate.keyBits) + " bits; at least " +
           std::to_string(*minimumBits(certificate)) + " bits are needed.";
}

} // namespace pr::crypto
