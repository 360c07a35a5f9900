#include "storage/format/MasterKey.h"

#include "crypto/Hkdf.h"
#include "crypto/Random.h"

#include <string>

namespace pr::storage {

MasterKey::MasterKey(crypto::SecureBytes key, const Salt& salt,
                     const crypto::Argon2Parameters& parameters)
    : m_key(std::move(key))
    , m_salt(salt)
    , m_parameters(parameters)
{}

MasterKey MasterKey::derive(std::span<const std::uint8_t> password, const Salt& salt,
                            const crypto::Argon2Parameters& parameters)
{
    return MasterKey(crypto::deriveArgon2id(password, salt, parameters), salt, parameters);
}

MasterKey MasterKey::generate(std::span<const std::uint8_t> password,
                              const crypto::Argon2Parameters& parameters)
{
    Salt salt{};
    crypto::fillRandom(salt);
    return derive(password, salt, parameters);
}

crypto::SecureBytes MasterKey::subkey(std::span<const std::uint8_t> seed,
                                      std::string_view purpose) const
{
    // The info string binds the key to the format version and its use, so that the header
    // MAC key can never double as the file key.
    std::string info = "privacyregister/v1/";
    info += purpose;
    return crypto::hkdfSha256(m_key, seed, info, 32);
}

} // namespace pr::storage
