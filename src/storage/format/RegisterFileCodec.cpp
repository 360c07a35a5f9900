#include "storage/format/RegisterFileCodec.h"

#include "crypto/AesGcm.h"
#include "crypto/CryptoError.h"
#include "crypto/Random.h"
#include "storage/RegisterErrors.h"

#include <algorithm>

namespace pr::storage {

namespace {
using Reason = DamagedFileError::Reason;

crypto::Sha256Digest headerMac(const MasterKey& key, const FileHeader& header,
                               std::span<const std::uint8_t> headerBytes)
{
    const crypto::SecureBytes macKey = key.subkey(header.seed, "header-mac");
    return crypto::hmacSha256(macKey, headerBytes.first(FileHeader::kMacOffset));
}

bool sameDigest(const crypto::Sha256Digest& a, std::span<const std::uint8_t> b)
{
    return crypto::constantTimeEquals(a, b);
}
} // namespace

FileHeader RegisterFileCodec::inspect(std::span<const std::uint8_t> file, const QString& path)
{
    const auto& magic = FileHeader::kMagic;
    if (file.size() < magic.size() + 2 || !std::equal(magic.begin(), magic.end(), file.begin())) {
        throw DamagedFileError(Reason::NotARegister, path);
    }
    const std::uint16_t version = FileHeader::peekVersion(file);
    if (version != FileHeader::kFormatVersion) {
        throw DamagedFileError(Reason::UnsupportedVersion, path,
                               QStringLiteral("format %1").arg(version));
    }
    if (file.size() < FileHeader::kMinimumFileSize) {
        throw DamagedFileError(Reason::Truncated, path);
    }
    const FileHeader header = FileHeader::parse(file);
    if (!sameDigest(crypto::sha256(file.first(FileHeader::kHashedSize)), header.headerHash)) {
        throw DamagedFileError(Reason::HeaderDamaged, path);
    }
    if (file.size() < header.fileSize()) {
        throw DamagedFileError(Reason::Truncated, path);
    }
    if (file.size() > header.fileSize()) {
        throw DamagedFileError(Reason::ContentDamaged, path, QStringLiteral("trailing bytes"));
    }
    const std::size_t trailerOffset = file.size() - FileHeader::kTrailerSize;
    if (!sameDigest(crypto::sha256(file.first(trailerOffset)), file.subspan(trailerOffset))) {
        throw DamagedFileError(Reason::ContentDamaged, path);
    }
    if (header.kdfId != FileHeader::kKdfArgon2id ||
        header.cipherId != FileHeader::kCipherAes256Gcm || !header.kdf.isWithinLimits()) {
        throw DamagedFileError(Reason::UnsupportedKdf, path);
    }
    return header;
}

RegisterFileCodec::Unlocked RegisterFileCodec::unlock(std::span<const std::uint8_t> file,
                                                      std::span<const std::uint8_t> password,
                                                      const QString& path, const MasterKey* reuse)
{
    const FileHeader header = inspect(file, path);
    const bool canReuse =
        reuse != nullptr && reuse->salt() == header.salt && reuse->parameters() == header.kdf;
    MasterKey key = canReuse ? *reuse : MasterKey::derive(password, header.salt, header.kdf);
    crypto::SecureBytes plaintext = decryptInspected(file, header, key, path);
    return {std::move(key), std::move(plaintext)};
}

crypto::SecureBytes RegisterFileCodec::decrypt(std::span<const std::uint8_t> file,
                                               const MasterKey& key, const QString& path)
{
    return decryptInspected(file, inspect(file, path), key, path);
}

crypto::SecureBytes RegisterFileCodec::decryptInspected(std::span<const std::uint8_t> file,
                                                        const FileHeader& header,
                                                        const MasterKey& key, const QString& path)
{
    if (!sameDigest(headerMac(key, header, file), header.headerMac)) {
        throw WrongPasswordError();
    }
    const crypto::SecureBytes fileKey = key.subkey(header.seed, "file-key");
    const auto ciphertext = file.subspan(FileHeader::kSize, header.ciphertextLength);
    const auto tagBytes =
        file.subspan(FileHeader::kSize + header.ciphertextLength, FileHeader::kTagSize);
    std::array<std::uint8_t, FileHeader::kTagSize> tag{};
    std::copy(tagBytes.begin(), tagBytes.end(), tag.begin());
    try {
        return crypto::aes256GcmDecrypt(fileKey, header.nonce, file.first(FileHeader::kSize),
                                        ciphertext, tag);
    } catch (const crypto::AuthenticationFailed&) {
        throw DamagedFileError(Reason::ContentDamaged, path, QStringLiteral("authentication"));
    }
}

std::vector<std::uint8_t> RegisterFileCodec::seal(std::span<const std::uint8_t> plaintext,
                                                  const MasterKey& key)
{
    FileHeader header;
    header.kdf = key.parameters();
    header.salt = key.salt();
    crypto::fillRandom(header.seed);
    crypto::fillRandom(header.nonce);
    header.ciphertextLength = plaintext.size();

    std::vector<std::uint8_t> bytes = header.serialise();
    header.headerHash = crypto::sha256(std::span(bytes).first(FileHeader::kHashedSize));
    bytes = header.serialise();
    header.headerMac = headerMac(key, header, bytes);
    bytes = header.serialise();

    std::array<std::uint8_t, FileHeader::kTagSize> tag{};
    const crypto::SecureBytes fileKey = key.subkey(header.seed, "file-key");
    const std::vector<std::uint8_t> ciphertext =
        crypto::aes256GcmEncrypt(fileKey, header.nonce, bytes, plaintext, tag);

    bytes.reserve(header.fileSize());
    bytes.insert(bytes.end(), ciphertext.begin(), ciphertext.end());
    bytes.insert(bytes.end(), tag.begin(), tag.end());
    const crypto::Sha256Digest trailer = crypto::sha256(bytes);
    bytes.insert(bytes.end(), trailer.begin(), trailer.end());
    return bytes;
}

} // namespace pr::storage
