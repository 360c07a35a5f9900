#pragma once

#include <openssl/types.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>

namespace pr::crypto {

using Sha256Digest = std::array<std::uint8_t, 32>;

Sha256Digest sha256(std::span<const std::uint8_t> data);

// SHA-256 over data that arrives in pieces (a file read in blocks, a header and its body).
// finish() returns the digest and starts a new message, so one object can hash many.
// Movable, not copyable; a moved-from object may only be destroyed or assigned to.
class Sha256 {
public:
    Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    Sha256(Sha256&&) noexcept = default;
    Sha256& operator=(Sha256&&) noexcept = default;
    ~Sha256() = default;

    void update(std::span<const std::uint8_t> data);
    Sha256Digest finish();

private:
    struct ContextDeleter {
        void operator()(EVP_MD_CTX* context) const noexcept;
    };

    void start();

    std::unique_ptr<EVP_MD_CTX, ContextDeleter> m_context;
};

Sha256Digest hmacSha256(std::span<const std::uint8_t> key, std::span<const std::uint8_t> data);

// Compares in time that depends only on the length, so that checking a MAC does not reveal
// how many leading bytes of a forgery were right. Different lengths compare unequal at once:
// lengths are not secret.
bool constantTimeEquals(std::span<const std::uint8_t> lhs,
                        std::span<const std::uint8_t> rhs) noexcept;

// Lower-case hexadecimal, two digits per byte.
std::string toHex(std::span<const std::uint8_t> data);

} // namespace pr::crypto
