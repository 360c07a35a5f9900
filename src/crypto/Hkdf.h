#pragma once

#include "crypto/SecureAllocator.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace pr::crypto {

// RFC 5869 caps the output at 255 hash blocks.
inline constexpr std::size_t kHkdfSha256MaxLength = std::size_t{255} * 32;

// HKDF-SHA256 (extract, then expand). Used to derive a fresh file key from the slow
// Argon2id key and a per-save seed, so that saving never re-runs the password KDF. An empty
// SALT means "no salt" (RFC 5869: a block of zeros). INFO binds the key to its purpose and
// may hold any bytes. Throws CryptoError for an empty INPUTKEY, a LENGTH of 0 or above
// kHkdfSha256MaxLength, or a library failure.
SecureBytes hkdfSha256(std::span<const std::uint8_t> inputKey, std::span<const std::uint8_t> salt,
                       std::string_view info, std::size_t length);

} // namespace pr::crypto
