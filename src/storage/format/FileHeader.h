#pragma once

#include "crypto/Argon2id.h"
#include "crypto/Digest.h"
#include "storage/format/MasterKey.h"

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace pr::storage {

// The fixed-size header of a register file, format version 1. docs/file-format.md gives
// the layout byte by byte; keep the two in step.
struct FileHeader {
    static constexpr std::array<std::uint8_t, 8> kMagic = {0x89, 'P',  'R',  'E',
                                                           'G',  '\r', '\n', 0x1a};
    static constexpr std::uint16_t kFormatVersion = 1;
    static constexpr std::uint8_t kKdfArgon2id = 1;
    static constexpr std::uint8_t kCipherAes256Gcm = 1;
    static constexpr std::size_t kNonceSize = 12;
    static constexpr std::size_t kSeedSize = 32;

    // Offsets of the fields (see docs/file-format.md).
    static constexpr std::size_t kHashedSize = 112; // bytes covered by headerHash
    static constexpr std::size_t kMacOffset = 144;  // headerMac covers bytes [0, 144)
    static constexpr std::size_t kSize = 176;       // the ciphertext starts here
    static constexpr std::size_t kTagSize = 16;     // GCM tag after the ciphertext
    static constexpr std::size_t kTrailerSize = 32; // SHA-256 of everything before it
    static constexpr std::size_t kMinimumFileSize = kSize + kTagSize + kTrailerSize;

    std::uint16_t formatVersion = kFormatVersion;
    std::uint8_t kdfId = kKdfArgon2id;
    std::uint8_t cipherId = kCipherAes256Gcm;
    crypto::Argon2Parameters kdf{};
    MasterKey::Salt salt{};
    std::array<std::uint8_t, kSeedSize> seed{};
    std::array<std::uint8_t, kNonceSize> nonce{};
    std::uint64_t ciphertextLength = 0;
    crypto::Sha256Digest headerHash{};
    crypto::Sha256Digest headerMac{};

    // The kSize bytes as stored. headerHash and headerMac are written as they are; seal()
    // fills them in.
    std::vector<std::uint8_t> serialise() const;
    // Reads the fields of a buffer of at least kSize bytes that starts with kMagic and
    // carries kFormatVersion. Does not check hashes; RegisterFileCodec does.
    static FileHeader parse(std::span<const std::uint8_t> bytes);
    // The format version of a buffer that starts with kMagic (bytes 8 and 9).
    static std::uint16_t peekVersion(std::span<const std::uint8_t> bytes);

    std::uint64_t fileSize() const { return kSize + ciphertextLength + kTagSize + kTrailerSize; }
};

} // namespace pr::storage
