#pragma once

#include "crypto/SecureAllocator.h"
#include "storage/format/FileHeader.h"
#include "storage/format/MasterKey.h"

#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace pr::storage {

// Turns the plaintext database image into the bytes of a register file and back.
//
// Opening checks, in this order, so that every failure has its own error:
//   1. magic and version            -> DamagedFileError NotARegister / UnsupportedVersion
//   2. length                       -> Truncated (or ContentDamaged for trailing bytes)
//   3. header hash, file hash       -> HeaderDamaged / ContentDamaged, before any key work
//   4. KDF and cipher identifiers   -> UnsupportedKdf
//   5. header MAC under the key     -> WrongPasswordError, without touching the body
//   6. GCM tag over the body        -> ContentDamaged (cannot happen unless the hashes were
//                                      forged, but the tag is what actually protects it)
class RegisterFileCodec {
public:
    struct Unlocked {
        MasterKey key;
        crypto::SecureBytes plaintext;
    };

    // Steps 1–4: the header of a structurally intact file. No password needed.
    static FileHeader inspect(std::span<const std::uint8_t> file, const QString& path);

    // Steps 1–6 with a password: derives the key (Argon2id) and decrypts. When REUSE is a
    // key with the same salt and parameters as the file, the slow derivation is skipped.
    static Unlocked unlock(std::span<const std::uint8_t> file,
                           std::span<const std::uint8_t> password, const QString& path,
                           const MasterKey* reuse = nullptr);

    // Steps 5–6 with a key already derived for this file's salt and parameters.
    static crypto::SecureBytes decrypt(std::span<const std::uint8_t> file, const MasterKey& key,
                                       const QString& path);

    // A complete file for PLAINTEXT under KEY, with a fresh seed and nonce.
    static std::vector<std::uint8_t> seal(std::span<const std::uint8_t> plaintext,
                                          const MasterKey& key);

private:
    // Steps 5–6 for a file whose HEADER inspect() has already returned: hashing a large file
    // twice costs tens of milliseconds.
    static crypto::SecureBytes decryptInspected(std::span<const std::uint8_t> file,
                                                const FileHeader& header, const MasterKey& key,
                                                const QString& path);
};

} // namespace pr::storage
