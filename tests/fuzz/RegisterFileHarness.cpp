#include "RegisterFileHarness.h"

#include "crypto/Argon2id.h"
#include "crypto/ByteView.h"
#include "crypto/CryptoError.h"
#include "crypto/Digest.h"
#include "storage/RegisterErrors.h"
#include "storage/format/FileHeader.h"
#include "storage/format/RegisterFileCodec.h"
#include "storage/sqlite/SqliteDatabase.h"

#include <QString>

#include <algorithm>

namespace pr::fuzz {

namespace {
using storage::FileHeader;

// Only appears in error messages; a constant keeps every iteration alike.
const QString& inputPath()
{
    static const QString path = QStringLiteral("fuzz-input.prreg");
    return path;
}

void overwrite(std::vector<std::uint8_t>& file, std::size_t offset,
               const crypto::Sha256Digest& digest)
{
    std::copy(digest.begin(), digest.end(), file.begin() + static_cast<std::ptrdiff_t>(offset));
}
} // namespace

const storage::MasterKey& harnessKey()
{
    static const storage::MasterKey key = [] {
        storage::MasterKey::Salt salt{};
        salt.fill(0x5a);
        return storage::MasterKey::derive(crypto::asBytes("fuzz harness password"), salt,
                                          crypto::Argon2Parameters::fastForTests());
    }();
    return key;
}

Outcome openRegisterBytes(std::span<const std::uint8_t> file)
{
    try {
        static_cast<void>(storage::RegisterFileCodec::inspect(file, inputPath()));
    } catch (const storage::RegisterError&) {
        return Outcome::Rejected;
    } catch (const crypto::CryptoError&) {
        return Outcome::Rejected;
    }

    crypto::SecureBytes plaintext;
    try {
        plaintext = storage::RegisterFileCodec::decrypt(file, harnessKey(), inputPath());
    } catch (const storage::RegisterError&) {
        return Outcome::Refused;
    } catch (const crypto::CryptoError&) {
        return Outcome::Refused;
    }

    try {
        const storage::SqliteDatabase db = storage::SqliteDatabase::fromImage(plaintext);
        return db.integrityProblems().isEmpty() ? Outcome::Loaded : Outcome::Decrypted;
    } catch (const storage::RegisterError&) {
        return Outcome::Decrypted;
    }
}

std::vector<std::uint8_t> withValidChecksums(std::span<const std::uint8_t> file)
{
    std::vector<std::uint8_t> fixed(file.begin(), file.end());
    if (fixed.size() < FileHeader::kSize) {
        return fixed; // no complete header: nothing to fix
    }
    const auto bytes = std::span<const std::uint8_t>(fixed);
    overwrite(fixed, FileHeader::kHashedSize, crypto::sha256(bytes.first(FileHeader::kHashedSize)));
    // The MAC as RegisterFileCodec computes it: HMAC-SHA256 over the first kMacOffset bytes
    // under the "header-mac" subkey of this file's seed. If the codec changes its MAC, this
    // must follow, or the fuzzer silently stops reaching decrypt()'s later steps;
    // test_fuzz_corpus checks that it still does.
    const FileHeader header = FileHeader::parse(bytes);
    const crypto::SecureBytes macKey = harnessKey().subkey(header.seed, "header-mac");
    overwrite(fixed, FileHeader::kMacOffset,
              crypto::hmacSha256(macKey, bytes.first(FileHeader::kMacOffset)));
    if (fixed.size() >= FileHeader::kSize + FileHeader::kTrailerSize) {
        const std::size_t trailer = fixed.size() - FileHeader::kTrailerSize;
        overwrite(fixed, trailer, crypto::sha256(bytes.first(trailer)));
    }
    return fixed;
}

Outcomes fuzzRegisterFile(std::span<const std::uint8_t> data)
{
    const Outcome asGiven = openRegisterBytes(data);
    const Outcome rehashed = openRegisterBytes(withValidChecksums(data));
    return {asGiven, rehashed};
}

} // namespace pr::fuzz
