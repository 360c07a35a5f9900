#pragma once

#include "crypto/SecureAllocator.h"

#include <cstddef>
#include <cstdint>
#include <span>

namespace pr::crypto {

// Fills OUT from OpenSSL's DRBG, which the operating system seeds; suitable for keys, salts,
// seeds and nonces. Throws CryptoError if the generator cannot deliver.
void fillRandom(std::span<std::uint8_t> out);

SecureBytes randomBytes(std::size_t count);

} // namespace pr::crypto
