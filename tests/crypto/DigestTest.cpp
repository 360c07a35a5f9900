#include "crypto/Digest.h"

#include "TestBytes.h"
#include "crypto/ByteView.h"

#include <catch2/catch.hpp>

#include <string>

using pr::crypto::asBytes;
using pr::crypto::constantTimeEquals;
using pr::crypto::hmacSha256;
using pr::crypto::sha256;
using pr::crypto::toHex;
using pr::crypto::test::fromHex;

TEST_CASE("SHA-256 of abc matches FIPS 180", "[digest]")
{
    CHECK(toHex(sha256(asBytes("abc"))) ==
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("SHA-256 of the empty message matches FIPS 180", "[digest]")
{
    CHECK(toHex(sha256({})) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("Incremental SHA-256 equals the one-shot digest and can be reused", "[digest]")
{
    const std::string message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    pr::crypto::Sha256 hash;
    hash.update(asBytes(std::string_view(message).substr(0, 5)));
    hash.update({});
    hash.update(asBytes(std::string_view(message).substr(5)));
    const auto digest = hash.finish();
    CHECK(toHex(digest) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(digest == sha256(asBytes(message)));

    hash.update(asBytes("abc"));
    CHECK(hash.finish() == sha256(asBytes("abc")));
}

TEST_CASE("HMAC-SHA256 matches RFC 4231 test cases 1, 2 and 6", "[digest]")
{
    const std::vector<std::uint8_t> key1(20, 0x0b);
    CHECK(toHex(hmacSha256(key1, asBytes("Hi There"))) ==
          "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");

    CHECK(toHex(hmacSha256(asBytes("Jefe"), asBytes("what do ya want for nothing?"))) ==
          "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");

    // A key longer than the block size is hashed first; a common place for bugs.
    const std::vector<std::uint8_t> key6(131, 0xaa);
    CHECK(toHex(hmacSha256(key6,
                           asBytes("Test Using Larger Than Block-Size Key - Hash Key First"))) ==
          "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
}

TEST_CASE("HMAC-SHA256 accepts an empty key", "[digest]")
{
    // Reference value from Python's hmac module.
    CHECK(toHex(hmacSha256({}, {})) ==
          "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad");
}

TEST_CASE("constantTimeEquals compares content and length", "[digest]")
{
    const auto a = fromHex("00112233");
    const auto b = fromHex("00112233");
    const auto c = fromHex("00112234");
    const auto shorter = fromHex("001122");
    CHECK(constantTimeEquals(a, b));
    CHECK_FALSE(constantTimeEquals(a, c));
    CHECK_FALSE(constantTimeEquals(a, shorter));
    CHECK(constantTimeEquals({}, {}));
}

TEST_CASE("toHex writes two lower-case digits per byte", "[digest]")
{
    CHECK(toHex(fromHex("00ff10a5")) == "00ff10a5");
    CHECK(toHex({}).empty());
}
