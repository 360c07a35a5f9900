#pragma once

// Builders for the byte strings of published test vectors.

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace pr::crypto::test {

inline std::vector<std::uint8_t> fromHex(std::string_view hex)
{
    const auto nibble = [](char c) -> std::uint8_t {
        if (c >= '0' && c <= '9') {
            return static_cast<std::uint8_t>(c - '0');
        }
        if (c >= 'a' && c <= 'f') {
            return static_cast<std::uint8_t>(c - 'a' + 10);
        }
        throw std::invalid_argument("not a lower-case hex digit");
    };
    if (hex.size() % 2 != 0) {
        throw std::invalid_argument("odd number of hex digits");
    }
    std::vector<std::uint8_t> bytes;
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        bytes.push_back(static_cast<std::uint8_t>(nibble(hex[i]) << 4 | nibble(hex[i + 1])));
    }
    return bytes;
}

// FIRST, FIRST + 1, ... up to but not including LAST, as RFC 5869 writes its inputs.
inline std::vector<std::uint8_t> byteRange(unsigned first, unsigned last)
{
    std::vector<std::uint8_t> bytes;
    for (unsigned value = first; value < last; ++value) {
        bytes.push_back(static_cast<std::uint8_t>(value));
    }
    return bytes;
}

inline std::string asText(const std::vector<std::uint8_t>& bytes)
{
    return {bytes.begin(), bytes.end()};
}

} // namespace pr::crypto::test
