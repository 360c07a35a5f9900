#include "crypto/AesGcm.h"

#include "crypto/CryptoError.h"
#include "crypto/OpenSslError.h"
#include "crypto/OpenSslPointers.h"

#include <openssl/err.h>
#include <openssl/evp.h>

#include <algorithm>

namespace pr::crypto {

namespace {

// EVP_CipherUpdate takes int lengths, and a register with scanned documents can outgrow
// them. 1 GiB keeps each call far from the limit.
constexpr std::size_t kMaxChunk = std::size_t{1} << 30;

enum class Direction { Decrypt = 0, Encrypt = 1 };

detail::CipherContextPtr startCipher(std::span<const std::uint8_t> key,
                                     std::span<const std::uint8_t> nonce, Direction direction)
{
    if (key.size() != kKeySize) {
        throw CryptoError("AES-256-GCM key must be 32 bytes");
    }
    if (nonce.size() != kNonceSize) {
        throw CryptoError("AES-256-GCM nonce must be 12 bytes");
    }
    detail::CipherContextPtr context(EVP_CIPHER_CTX_new());
    if (!context) {
        detail::throwOpenSslError("AES-256-GCM setup");
    }
    // 12 bytes is GCM's default IV length in OpenSSL, so no EVP_CTRL_GCM_SET_IVLEN is needed.
    if (EVP_CipherInit_ex2(context.get(), EVP_aes_256_gcm(), key.data(), nonce.data(),
                           static_cast<int>(direction), nullptr) != 1) {
        detail::throwOpenSslError("AES-256-GCM setup");
    }
    return context;
}

void authenticateOnly(EVP_CIPHER_CTX* context, std::span<const std::uint8_t> aad)
{
    while (!aad.empty()) {
        const std::size_t chunk = std::min(aad.size(), kMaxChunk);
        int written = 0;
        if (EVP_CipherUpdate(context, nullptr, &written, aad.data(), static_cast<int>(chunk)) !=
            1) {
            detail::throwOpenSslError("AES-256-GCM additional data");
        }
        aad = aad.subspan(chunk);
    }
}

// GCM is a stream mode: every input byte yields one output byte at once, so OUT needs
// exactly in.size() bytes and the final call emits nothing.
void transform(EVP_CIPHER_CTX* context, std::span<const std::uint8_t> in, std::uint8_t* out)
{
    while (!in.empty()) {
        const std::size_t chunk = std::min(in.size(), kMaxChunk);
        int written = 0;
        if (EVP_CipherUpdate(context, out, &written, in.data(), static_cast<int>(chunk)) != 1 ||
            static_cast<std::size_t>(written) != chunk) {
            detail::throwOpenSslError("AES-256-GCM");
        }
        in = in.subspan(chunk);
        out += chunk;
    }
}

} // namespace

std::vector<std::uint8_t> aes256GcmEncrypt(std::span<const std::uint8_t> key,
                                           std::span<const std::uint8_t> nonce,
                                           std::span<const std::uint8_t> aad,
                                           std::span<const std::uint8_t> plaintext, GcmTag& tagOut)
{
    const detail::CipherContextPtr context = startCipher(key, nonce, Direction::Encrypt);
    authenticateOnly(context.get(), aad);

    std::vector<std::uint8_t> ciphertext(plaintext.size());
    transform(context.get(), plaintext, ciphertext.data());
    int finalBytes = 0;
    if (EVP_CipherFinal_ex(context.get(), ciphertext.data() + ciphertext.size(), &finalBytes) !=
            1 ||
        finalBytes != 0) {
        detail::throwOpenSslError("AES-256-GCM encryption");
    }
    if (EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_AEAD_GET_TAG, static_cast<int>(kTagSize),
                            tagOut.data()) != 1) {
        detail::throwOpenSslError("AES-256-GCM tag");
    }
    return ciphertext;
}

SecureBytes aes256GcmDecrypt(std::span<const std::uint8_t> key, std::span<const std::uint8_t> nonce,
                             std::span<const std::uint8_t> aad,
                             std::span<const std::uint8_t> ciphertext, const GcmTag& tag)
{
    const detail::CipherContextPtr context = startCipher(key, nonce, Direction::Decrypt);
    // The control call takes a mutable pointer, although it only copies the tag in.
    GcmTag expectedTag = tag;
    if (EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_AEAD_SET_TAG, static_cast<int>(kTagSize),
                            expectedTag.data()) != 1) {
        detail::throwOpenSslError("AES-256-GCM tag");
    }
    authenticateOnly(context.get(), aad);

    // Unverified plaintext lives only in this buffer; on any throw below, SecureBytes wipes
    // it as it is destroyed, so a forged file never leaks a byte of its "content".
    SecureBytes plaintext(ciphertext.size());
    transform(context.get(), ciphertext, plaintext.data());
    int finalBytes = 0;
    if (EVP_CipherFinal_ex(context.get(), plaintext.data() + plaintext.size(), &finalBytes) != 1 ||
        finalBytes != 0) {
        // A tag mismatch is an expected outcome, not a library fault; drop whatever OpenSSL
        // queued so it is not blamed for a later, unrelated error.
        ERR_clear_error();
        throw AuthenticationFailed("AES-256-GCM: the key is wrong or the data was altered");
    }
    return plaintext;
}

} // namespace pr::crypto
