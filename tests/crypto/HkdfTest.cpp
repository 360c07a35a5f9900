#include "crypto/Hkdf.h"

#include "TestBytes.h"
#include "crypto/CryptoError.h"
#include "crypto/Digest.h"

#include <catch2/catch.hpp>

using pr::crypto::CryptoError;
using pr::crypto::hkdfSha256;
using pr::crypto::toHex;
using pr::crypto::test::asText;
using pr::crypto::test::byteRange;

TEST_CASE("HKDF-SHA256 matches RFC 5869 test case 1", "[hkdf]")
{
    const std::vector<std::uint8_t> inputKey(22, 0x0b);
    const auto salt = byteRange(0x00, 0x0d);
    const auto info = asText(byteRange(0xf0, 0xfa));
    CHECK(toHex(hkdfSha256(inputKey, salt, info, 42)) ==
          "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
}

TEST_CASE("HKDF-SHA256 matches RFC 5869 test case 2 with long inputs", "[hkdf]")
{
    const auto inputKey = byteRange(0x00, 0x50);
    const auto salt = byteRange(0x60, 0xb0);
    const auto info = asText(byteRange(0xb0, 0x100));
    CHECK(toHex(hkdfSha256(inputKey, salt, info, 82)) ==
          "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
          "59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
          "cc30c58179ec3e87c14c01d5c1f3434f1d87");
}

TEST_CASE("HKDF-SHA256 matches RFC 5869 test case 3 with empty salt and info", "[hkdf]")
{
    const std::vector<std::uint8_t> inputKey(22, 0x0b);
    CHECK(toHex(hkdfSha256(inputKey, {}, {}, 42)) ==
          "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
}

TEST_CASE("HKDF-SHA256 gives different keys for different info", "[hkdf]")
{
    const std::vector<std::uint8_t> inputKey(32, 0x42);
    const std::vector<std::uint8_t> salt(32, 0x17);
    CHECK(hkdfSha256(inputKey, salt, "file key", 32) != hkdfSha256(inputKey, salt, "mac key", 32));
}

TEST_CASE("HKDF-SHA256 rejects an empty key and impossible lengths", "[hkdf]")
{
    const std::vector<std::uint8_t> inputKey(32, 0x42);
    CHECK_THROWS_AS(hkdfSha256({}, {}, "info", 32), CryptoError);
    CHECK_THROWS_AS(hkdfSha256(inputKey, {}, "info", 0), CryptoError);
    CHECK_THROWS_AS(hkdfSha256(inputKey, {}, "info", pr::crypto::kHkdfSha256MaxLength + 1),
                    CryptoError);
    CHECK(hkdfSha256(inputKey, {}, "info", pr::crypto::kHkdfSha256MaxLength).size() ==
          pr::crypto::kHkdfSha256MaxLength);
}
