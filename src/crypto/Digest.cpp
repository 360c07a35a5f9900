#include "crypto/Digest.h"

#include "crypto/OpenSslError.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace pr::crypto {

Sha256Digest sha256(std::span<const std::uint8_t> data)
{
    Sha256 hash;
    hash.update(data);
    return hash.finish();
}

void Sha256::ContextDeleter::operator()(EVP_MD_CTX* context) const noexcept
{
    EVP_MD_CTX_free(context);
}

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new())
{
    if (!m_context) {
        detail::throwOpenSslError("SHA-256 setup");
    }
    start();
}

void Sha256::start()
{
    if (EVP_DigestInit_ex2(m_context.get(), EVP_sha256(), nullptr) != 1) {
        detail::throwOpenSslError("SHA-256 setup");
    }
}

void Sha256::update(std::span<const std::uint8_t> data)
{
    if (!data.empty() && EVP_DigestUpdate(m_context.get(), data.data(), data.size()) != 1) {
        detail::throwOpenSslError("SHA-256");
    }
}

Sha256Digest Sha256::finish()
{
    Sha256Digest digest{};
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_context.get(), digest.data(), &length) != 1 ||
        length != digest.size()) {
        detail::throwOpenSslError("SHA-256");
    }
    start();
    return digest;
}

Sha256Digest hmacSha256(std::span<const std::uint8_t> key, std::span<const std::uint8_t> data)
{
    // OpenSSL treats a null key pointer as "no key set" and fails, whereas HMAC defines the
    // empty key; a valid pointer with length 0 gives the defined result.
    const std::uint8_t emptyKey = 0;
    const std::uint8_t* keyData = key.empty() ? &emptyKey : key.data();

    Sha256Digest mac{};
    std::size_t length = 0;
    if (EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, keyData, key.size(), data.data(),
                  data.size(), mac.data(), mac.size(), &length) == nullptr ||
        length != mac.size()) {
        detail::throwOpenSslError("HMAC-SHA256");
    }
    return mac;
}

bool constantTimeEquals(std::span<const std::uint8_t> lhs,
                        std::span<const std::uint8_t> rhs) noexcept
{
    return lhs.size() == rhs.size() && CRYPTO_memcmp(lhs.data(), rhs.data(), lhs.size()) == 0;
}

std::string toHex(std::span<const std::uint8_t> data)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(data.size() * 2);
    for (const std::uint8_t byte : data) {
        hex.push_back(kDigits[byte >> 4]);
        hex.push_back(kDigits[byte & 0x0f]);
    }
    return hex;
}

} // namespace pr::crypto
