#pragma once

#include "crypto/SecureAllocator.h"

#include <cstddef>
#include <cstdint>
#include <span>

namespace pr::crypto {

// Cost parameters of Argon2id (RFC 9106). They are stored in the register's header, so a file
// may carry any numbers at all; isWithinLimits() keeps a damaged or hostile file from making
// the program allocate many gigabytes or spin for hours before the password is even checked.
struct Argon2Parameters {
    std::uint32_t memoryKiB = 0;
    std::uint32_t iterations = 0;
    std::uint32_t parallelism = 0;

    // Accepted ranges. libargon2 also demands at least 8 KiB of memory per lane, which
    // isWithinLimits() checks too.
    static constexpr std::uint32_t kMinMemoryKiB = 8;
    static constexpr std::uint32_t kMaxMemoryKiB = 4U * 1024 * 1024; // 4 GiB
    static constexpr std::uint32_t kMinIterations = 1;
    static constexpr std::uint32_t kMaxIterations = 100;
    static constexpr std::uint32_t kMinParallelism = 1;
    static constexpr std::uint32_t kMaxParallelism = 16;

    // For new registers: 256 MiB, 4 passes, 2 lanes. Measured on the 2-core development
    // machine (Intel Xeon, Debian 12 libargon2 0~20171227), idle: 0.50-0.53 s per derivation,
    // inside the 0.3-1 s the design asks for (about 1 s while a compiler holds both cores).
    // Memory rather than passes carries the cost, as memory is what makes guessing expensive
    // on GPUs.
    static Argon2Parameters defaults() noexcept;
    // 8 MiB, 1 pass, 1 lane: 4-8 ms. Tests only; far too weak for a real register.
    static Argon2Parameters fastForTests() noexcept;

    bool isWithinLimits() const noexcept;

    friend bool operator==(const Argon2Parameters&, const Argon2Parameters&) = default;
};

// Salt and key length bounds of deriveArgon2id. 8 bytes is libargon2's minimum (and what the
// reference test vectors use); the register itself stores 32-byte salts.
inline constexpr std::size_t kArgon2MinSaltSize = 8;
inline constexpr std::size_t kArgon2MinKeySize = 16;
inline constexpr std::size_t kArgon2MaxKeySize = 1024;

// Turns a password into KEYLENGTH bytes with Argon2id, version 0x13. Throws CryptoError when
// the parameters are outside their limits (before any memory is allocated), when the salt or
// key length is out of bounds, or when libargon2 fails (typically: out of memory).
SecureBytes deriveArgon2id(std::span<const std::uint8_t> password,
                           std::span<const std::uint8_t> salt, const Argon2Parameters& parameters,
                           std::size_t keyLength = 32);

} // namespace pr::crypto
