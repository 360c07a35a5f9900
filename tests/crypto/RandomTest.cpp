#include "crypto/Random.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>

TEST_CASE("Two random 32-byte strings differ", "[random]")
{
    const auto first = pr::crypto::randomBytes(32);
    const auto second = pr::crypto::randomBytes(32);
    REQUIRE(first.size() == 32);
    REQUIRE(second.size() == 32);
    CHECK(first != second);
}

TEST_CASE("fillRandom overwrites the whole buffer", "[random]")
{
    // 4096 zero bytes staying zero by chance is impossible in practice; a stuck tail is a
    // classic off-by-one.
    std::array<std::uint8_t, 4096> buffer{};
    pr::crypto::fillRandom(buffer);
    const auto tail = std::span<const std::uint8_t>(buffer).last(64);
    CHECK(std::any_of(tail.begin(), tail.end(), [](std::uint8_t b) { return b != 0; }));
    CHECK(std::count(buffer.begin(), buffer.end(), std::uint8_t{0}) < 100);
}

TEST_CASE("randomBytes of zero length is empty", "[random]")
{
    CHECK(pr::crypto::randomBytes(0).empty());
    pr::crypto::fillRandom({});
}
