#include "crypto/ByteView.h"

#include "crypto/SecureAllocator.h"

#include <catch2/catch.hpp>

#include <array>
#include <string>
#include <vector>

using pr::crypto::asBytes;

TEST_CASE("asBytes views text without its terminating NUL", "[byte-view]")
{
    const auto view = asBytes("abc");
    REQUIRE(view.size() == 3);
    CHECK(view[0] == 'a');
    CHECK(view[2] == 'c');
    const std::string text = "hello";
    CHECK(asBytes(text).data() == reinterpret_cast<const std::uint8_t*>(text.data()));
    CHECK(asBytes(text).size() == 5);
}

TEST_CASE("asBytes views byte containers in place", "[byte-view]")
{
    const std::vector<char> chars{'x', 'y'};
    const std::array<std::byte, 3> bytes{};
    const pr::crypto::SecureBytes secure(7, 1);
    CHECK(asBytes(chars).size() == 2);
    CHECK(asBytes(bytes).size() == 3);
    CHECK(asBytes(secure).data() == secure.data());
}
