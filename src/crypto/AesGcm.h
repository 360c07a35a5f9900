#pragma once

#include "crypto/SecureAllocator.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace pr::crypto {

// AES-256-GCM as the register file uses it: 256-bit key, 96-bit nonce (GCM's native size,
// which needs no extra hashing), full 128-bit tag.
inline constexpr std::size_t kKeySize = 32;
inline constexpr std::size_t kNonceSize = 12;
inline constexpr std::size_t kTagSize = 16;

using GcmTag = std::array<std::uint8_t, kTagSize>;

// Encrypts PLAINTEXT and authenticates it together with AAD (for the register: the whole
// file header). A nonce must never be used twice with the same key. Returns the ciphertext,
// which is as long as the plaintext, and writes the tag to TAGOUT. Throws CryptoError for a
// key or nonce of the wrong size, or a library failure.
std::vector<std::uint8_t> aes256GcmEncrypt(std::span<const std::uint8_t> key,
                                           std::span<const std::uint8_t> nonce,
                                           std::span<const std::uint8_t> aad,
                                           std::span<const std::uint8_t> plaintext, GcmTag& tagOut);

// Decrypts and verifies. Throws AuthenticationFailed when the tag does not match (wrong
// key, or altered ciphertext, AAD, nonce or tag); no plaintext ever leaves this function
// unverified. Throws CryptoError for a key or nonce of the wrong size.
SecureBytes aes256GcmDecrypt(std::span<const std::uint8_t> key, std::span<const std::uint8_t> nonce,
                             std::span<const std::uint8_t> aad,
                             std::span<const std::uint8_t> ciphertext, const GcmTag& tag);

} // namespace pr::crypto
