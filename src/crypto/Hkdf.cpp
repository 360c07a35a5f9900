#include "crypto/Hkdf.h"

#include "crypto/CryptoError.h"
#include "crypto/OpenSslError.h"
#include "crypto/OpenSslPointers.h"

#include <openssl/core_names.h>
#include <openssl/params.h>

#include <array>

namespace pr::crypto {

SecureBytes hkdfSha256(std::span<const std::uint8_t> inputKey, std::span<const std::uint8_t> salt,
                       std::string_view info, std::size_t length)
{
    if (inputKey.empty()) {
        throw CryptoError("HKDF-SHA256 needs a non-empty input key");
    }
    if (length == 0 || length > kHkdfSha256MaxLength) {
        throw CryptoError("HKDF-SHA256 output length is out of range");
    }

    const detail::KdfPtr kdf(EVP_KDF_fetch(nullptr, OSSL_KDF_NAME_HKDF, nullptr));
    if (!kdf) {
        detail::throwOpenSslError("HKDF-SHA256 setup");
    }
    const detail::KdfContextPtr context(EVP_KDF_CTX_new(kdf.get()));
    if (!context) {
        detail::throwOpenSslError("HKDF-SHA256 setup");
    }

    // OSSL_PARAM holds non-const pointers, although deriving only reads through them.
    char digestName[] = "SHA256";
    std::array<OSSL_PARAM, 5> parameters{};
    std::size_t count = 0;
    parameters[count++] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digestName, 0);
    parameters[count++] = OSSL_PARAM_construct_octet_string(
        OSSL_KDF_PARAM_KEY, const_cast<std::uint8_t*>(inputKey.data()), inputKey.size());
    // Left out when empty: OpenSSL then uses the RFC's default salt, whereas an empty octet
    // string is rejected by some provider versions.
    if (!salt.empty()) {
        parameters[count++] = OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_SALT, const_cast<std::uint8_t*>(salt.data()), salt.size());
    }
    if (!info.empty()) {
        parameters[count++] = OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_INFO, const_cast<char*>(info.data()), info.size());
    }
    parameters[count] = OSSL_PARAM_construct_end();

    SecureBytes output(length);
    if (EVP_KDF_derive(context.get(), output.data(), output.size(), parameters.data()) != 1) {
        detail::throwOpenSslError("HKDF-SHA256");
    }
    return output;
}

} // namespace pr::crypto
