#include "crypto/AesGcm.h"

#include "TestBytes.h"
#include "crypto/ByteView.h"
#include "crypto/CryptoError.h"
#include "crypto/Digest.h"
#include "crypto/Random.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using pr::crypto::aes256GcmDecrypt;
using pr::crypto::aes256GcmEncrypt;
using pr::crypto::AuthenticationFailed;
using pr::crypto::CryptoError;
using pr::crypto::GcmTag;
using pr::crypto::toHex;
using pr::crypto::test::fromHex;

namespace {

// McGrew and Viega, "The Galois/Counter Mode of Operation", test case 16: AES-256, 96-bit
// IV, 60-byte plaintext, 20 bytes of additional data.
struct GcmVector {
    std::vector<std::uint8_t> key;
    std::vector<std::uint8_t> nonce;
    std::vector<std::uint8_t> plaintext;
    std::vector<std::uint8_t> aad;
    std::vector<std::uint8_t> ciphertext;
    GcmTag tag{};
};

GcmVector mcGrewViegaCase16()
{
    GcmVector vector;
    vector.key = fromHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    vector.nonce = fromHex("cafebabefacedbaddecaf888");
    vector.plaintext = fromHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                               "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
    vector.aad = fromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    vector.ciphertext = fromHex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                                "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662");
    const auto tag = fromHex("76fc6ece0f4e1768cddf8853bb2d551b");
    REQUIRE(tag.size() == vector.tag.size());
    std::copy(tag.begin(), tag.end(), vector.tag.begin());
    return vector;
}

// CryptoError, but specifically not AuthenticationFailed: a malformed call must not be
// reported to the user as "wrong password".
template <typename Call>
void requirePlainCryptoError(Call call)
{
    try {
        call();
        FAIL("no exception");
    } catch (const AuthenticationFailed&) {
        FAIL("AuthenticationFailed instead of a plain CryptoError");
    } catch (const CryptoError&) {
        SUCCEED();
    }
}

} // namespace

TEST_CASE("AES-256-GCM encryption matches McGrew-Viega test case 16", "[aesgcm]")
{
    const GcmVector v = mcGrewViegaCase16();
    GcmTag tag{};
    const auto ciphertext = aes256GcmEncrypt(v.key, v.nonce, v.aad, v.plaintext, tag);
    CHECK(toHex(ciphertext) == toHex(v.ciphertext));
    CHECK(toHex(tag) == toHex(v.tag));
}

TEST_CASE("AES-256-GCM decryption of McGrew-Viega test case 16 verifies", "[aesgcm]")
{
    const GcmVector v = mcGrewViegaCase16();
    const auto plaintext = aes256GcmDecrypt(v.key, v.nonce, v.aad, v.ciphertext, v.tag);
    CHECK(toHex(plaintext) == toHex(v.plaintext));
}

TEST_CASE("AES-256-GCM refuses every kind of tampering", "[aesgcm]")
{
    GcmVector v = mcGrewViegaCase16();

    SECTION("wrong key")
    {
        v.key[31] ^= 0x01;
    }
    SECTION("one flipped ciphertext bit")
    {
        v.ciphertext[17] ^= 0x04;
    }
    SECTION("one flipped tag bit")
    {
        v.tag[0] ^= 0x80;
    }
    SECTION("one flipped bit of additional data")
    {
        v.aad.back() ^= 0x01;
    }
    SECTION("missing additional data")
    {
        v.aad.clear();
    }
    SECTION("wrong nonce")
    {
        v.nonce[0] ^= 0x01;
    }
    SECTION("truncated ciphertext")
    {
        v.ciphertext.pop_back();
    }
    CHECK_THROWS_AS(aes256GcmDecrypt(v.key, v.nonce, v.aad, v.ciphertext, v.tag),
                    AuthenticationFailed);
}

TEST_CASE("AES-256-GCM error messages do not contain the key", "[aesgcm]")
{
    GcmVector v = mcGrewViegaCase16();
    v.key[0] ^= 0x01;
    try {
        (void)aes256GcmDecrypt(v.key, v.nonce, v.aad, v.ciphertext, v.tag);
        FAIL("no exception");
    } catch (const AuthenticationFailed& error) {
        const std::string message = error.what();
        CHECK_FALSE(message.empty());
        CHECK(message.find(toHex(v.key).substr(0, 8)) == std::string::npos);
    }
}

TEST_CASE("AES-256-GCM rejects keys and nonces of the wrong size", "[aesgcm]")
{
    const GcmVector v = mcGrewViegaCase16();
    GcmTag tag{};
    const std::vector<std::uint8_t> shortKey(16, 0x01);
    const std::vector<std::uint8_t> longNonce(16, 0x02);
    requirePlainCryptoError(
        [&] { (void)aes256GcmEncrypt(shortKey, v.nonce, {}, v.plaintext, tag); });
    requirePlainCryptoError(
        [&] { (void)aes256GcmEncrypt(v.key, longNonce, {}, v.plaintext, tag); });
    requirePlainCryptoError(
        [&] { (void)aes256GcmDecrypt(shortKey, v.nonce, {}, v.ciphertext, tag); });
    requirePlainCryptoError([&] { (void)aes256GcmDecrypt(v.key, {}, {}, v.ciphertext, tag); });
}

TEST_CASE("AES-256-GCM round-trips empty and multi-megabyte plaintexts", "[aesgcm]")
{
    const auto key = pr::crypto::randomBytes(pr::crypto::kKeySize);
    const auto nonce = pr::crypto::randomBytes(pr::crypto::kNonceSize);
    const auto aad = pr::crypto::asBytes("header v1");

    SECTION("empty plaintext still authenticates the additional data")
    {
        GcmTag tag{};
        const auto ciphertext = aes256GcmEncrypt(key, nonce, aad, {}, tag);
        CHECK(ciphertext.empty());
        CHECK(aes256GcmDecrypt(key, nonce, aad, ciphertext, tag).empty());
        CHECK_THROWS_AS(
            aes256GcmDecrypt(key, nonce, pr::crypto::asBytes("header v2"), ciphertext, tag),
            AuthenticationFailed);
    }
    SECTION("an odd size of several megabytes")
    {
        std::vector<std::uint8_t> plaintext(5 * 1024 * 1024 + 7);
        pr::crypto::fillRandom(plaintext);
        GcmTag tag{};
        const auto ciphertext = aes256GcmEncrypt(key, nonce, aad, plaintext, tag);
        REQUIRE(ciphertext.size() == plaintext.size());
        CHECK(ciphertext != plaintext);
        const auto decrypted = aes256GcmDecrypt(key, nonce, aad, ciphertext, tag);
        CHECK(std::equal(decrypted.begin(), decrypted.end(), plaintext.begin(), plaintext.end()));
    }
}
