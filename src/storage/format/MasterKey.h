#pragma once

#include "crypto/Argon2id.h"
#include "crypto/SecureAllocator.h"

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

namespace pr::storage {

// The key-encryption key of an open register: Argon2id(password, salt), derived once per
// unlock. Every save derives its own file key from it with HKDF and a fresh seed, so saving
// never runs the slow KDF again. The key lives in wiped, best-effort locked memory.
class MasterKey {
public:
    static constexpr std::size_t kSaltSize = 32;
    using Salt = std::array<std::uint8_t, kSaltSize>;

    // Runs Argon2id; takes about half a second with the default parameters.
    static MasterKey derive(std::span<const std::uint8_t> password, const Salt& salt,
                            const crypto::Argon2Parameters& parameters);
    // A new key under a fresh random salt (a new register, or a password change).
    static MasterKey generate(std::span<const std::uint8_t> password,
                              const crypto::Argon2Parameters& parameters);

    const Salt& salt() const { return m_salt; }
    const crypto::Argon2Parameters& parameters() const { return m_parameters; }

    // A 32-byte key for one PURPOSE ("file-key", "header-mac") bound to one save's SEED.
    crypto::SecureBytes subkey(std::span<const std::uint8_t> seed, std::string_view purpose) const;

private:
    MasterKey(crypto::SecureBytes key, const Salt& salt,
              const crypto::Argon2Parameters& parameters);

    crypto::SecureBytes m_key;
    Salt m_salt{};
    crypto::Argon2Parameters m_parameters;
};

} // namespace pr::storage
