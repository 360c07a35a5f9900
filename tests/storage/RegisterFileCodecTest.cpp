#include "storage/format/RegisterFileCodec.h"

#include "crypto/Digest.h"
#include "storage/RegisterErrors.h"
#include "storage/format/FileHeader.h"
#include "support/TestRegister.h"

#include <catch2/catch.hpp>

#include <random>

using namespace pr::storage;
using pr::crypto::asBytes;
using Reason = DamagedFileError::Reason;

namespace {
const QString kPath = QStringLiteral("test.prreg");

const MasterKey& testKey()
{
    static const MasterKey key =
        MasterKey::generate(pr::test::password(), pr::crypto::Argon2Parameters::fastForTests());
    return key;
}

std::vector<std::uint8_t> sealText(std::string_view text)
{
    return RegisterFileCodec::seal(asBytes(text), testKey());
}

// The reason an open of FILE fails with, or nothing when it opens.
std::optional<Reason> failureOf(std::span<const std::uint8_t> file)
{
    try {
        RegisterFileCodec::unlock(file, pr::test::password(), kPath);
        return std::nullopt;
    } catch (const DamagedFileError& error) {
        return error.reason();
    }
}

// Rewrites the checksums of a hand-edited file, as a forger would, so that a test can
// reach the checks behind them.
void rehash(std::vector<std::uint8_t>& file)
{
    const auto headerHash = pr::crypto::sha256(std::span(file).first(FileHeader::kHashedSize));
    std::copy(headerHash.begin(), headerHash.end(), file.begin() + FileHeader::kHashedSize);
    const std::size_t trailer = file.size() - FileHeader::kTrailerSize;
    const auto fileHash = pr::crypto::sha256(std::span(file).first(trailer));
    std::copy(fileHash.begin(), fileHash.end(),
              file.begin() + static_cast<std::ptrdiff_t>(trailer));
}
} // namespace

TEST_CASE("A sealed file opens with its password and gives back the plaintext", "[codec]")
{
    const auto file = sealText("the register's database image");
    CHECK(file.size() == FileHeader::kMinimumFileSize + 29);
    const auto unlocked = RegisterFileCodec::unlock(file, pr::test::password(), kPath);
    CHECK(std::string(unlocked.plaintext.begin(), unlocked.plaintext.end()) ==
          "the register's database image");
    CHECK(unlocked.key.salt() == testKey().salt());
}

TEST_CASE("Every save uses a fresh seed and nonce", "[codec]")
{
    const auto first = sealText("same content");
    const auto second = sealText("same content");
    const FileHeader a = FileHeader::parse(first);
    const FileHeader b = FileHeader::parse(second);
    CHECK(a.salt == b.salt);
    CHECK(a.seed != b.seed);
    CHECK(a.nonce != b.nonce);
    CHECK(first != second);
}

TEST_CASE("A wrong password is reported as such, not as damage", "[codec]")
{
    const auto file = sealText("secret");
    CHECK_THROWS_AS(RegisterFileCodec::unlock(file, pr::test::password("wrong password"), kPath),
                    WrongPasswordError);
}

TEST_CASE("Every single-bit flip in the header is detected as damage", "[codec]")
{
    const auto original = sealText("header flips");
    for (std::size_t byte = 0; byte < FileHeader::kSize; ++byte) {
        for (int bit = 0; bit < 8; ++bit) {
            auto file = original;
            file[byte] ^= static_cast<std::uint8_t>(1U << bit);
            INFO("byte " << byte << " bit " << bit);
            const auto reason = failureOf(file);
            REQUIRE(reason.has_value());
            if (byte < 8) {
                CHECK(*reason == Reason::NotARegister);
            } else if (byte < 10) {
                CHECK(*reason == Reason::UnsupportedVersion);
            } else {
                CHECK((*reason == Reason::HeaderDamaged || *reason == Reason::ContentDamaged ||
                       *reason == Reason::Truncated));
            }
        }
    }
}

TEST_CASE("Bit flips in the body, the tag and the trailer are detected as damage", "[codec]")
{
    std::string body(4096, 'x');
    const auto original = sealText(body);
    std::mt19937 random(20261121);
    std::vector<std::size_t> offsets;
    for (std::size_t i = FileHeader::kSize; i < original.size(); i += 61) {
        offsets.push_back(i);
    }
    for (std::size_t i = original.size() - 48; i < original.size(); ++i) {
        offsets.push_back(i); // every byte of the tag and the trailer
    }
    for (const std::size_t offset : offsets) {
        auto file = original;
        file[offset] ^= static_cast<std::uint8_t>(1U << (random() % 8));
        INFO("offset " << offset);
        CHECK(failureOf(file) == Reason::ContentDamaged);
    }
}

TEST_CASE("A forged checksum does not get past the authentication tag", "[codec]")
{
    auto file = sealText("tamper with me");
    file[FileHeader::kSize + 3] ^= 0x20;
    rehash(file);
    CHECK(failureOf(file) == Reason::ContentDamaged);
}

TEST_CASE("A file cut short anywhere is reported as truncated", "[codec]")
{
    const auto original = sealText(std::string(300, 'y'));
    for (std::size_t length = 0; length < original.size(); ++length) {
        const std::span<const std::uint8_t> cut(original.data(), length);
        INFO("length " << length);
        const auto reason = failureOf(cut);
        REQUIRE(reason.has_value());
        CHECK(*reason == (length < 10 ? Reason::NotARegister : Reason::Truncated));
    }
}

TEST_CASE("Extra bytes after the trailer are damage", "[codec]")
{
    auto file = sealText("short");
    file.push_back(0);
    CHECK(failureOf(file) == Reason::ContentDamaged);
}

TEST_CASE("Empty and random files are not registers", "[codec]")
{
    CHECK(failureOf({}) == Reason::NotARegister);
    std::mt19937 random(42);
    for (int i = 0; i < 200; ++i) {
        std::vector<std::uint8_t> junk(random() % 2048);
        for (auto& b : junk) {
            b = static_cast<std::uint8_t>(random());
        }
        CHECK(failureOf(junk) == Reason::NotARegister);
    }
    const std::string text = "SQLite format 3\0 a plain database is not a register";
    CHECK(failureOf(asBytes(text)) == Reason::NotARegister);
}

TEST_CASE("A newer format version is refused with its own reason", "[codec]")
{
    auto file = sealText("from the future");
    file[8] = 2;
    rehash(file);
    CHECK(failureOf(file) == Reason::UnsupportedVersion);
}

TEST_CASE("An unknown key derivation or cipher is refused with its own reason", "[codec]")
{
    for (const std::size_t idOffset : {std::size_t{12}, std::size_t{13}}) {
        auto file = sealText("unknown algorithm");
        file[idOffset] = 7;
        rehash(file);
        CHECK(failureOf(file) == Reason::UnsupportedKdf);
    }
    auto absurd = sealText("absurd memory cost");
    absurd[19] = 0xff; // memory KiB far beyond the limit
    rehash(absurd);
    CHECK(failureOf(absurd) == Reason::UnsupportedKdf);
}
