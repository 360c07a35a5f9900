#pragma once

#include <cstddef>
#include <cstdint>
#include <ranges>
#include <span>
#include <string_view>
#include <type_traits>

namespace pr::crypto {

// The crypto functions take std::span<const std::uint8_t>; these views let callers pass
// text, std::string, std::vector<char> or SecureBytes without copying.

// Text goes through string_view so that a literal does not bring its terminating NUL along.
inline std::span<const std::uint8_t> asBytes(std::string_view text) noexcept
{
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

template <std::ranges::contiguous_range Range>
requires(sizeof(std::ranges::range_value_t<Range>) == 1 &&
         (std::is_integral_v<std::ranges::range_value_t<Range>> ||
          std::is_same_v<std::ranges::range_value_t<Range>,
                         std::byte>)&&!std::is_same_v<std::ranges::range_value_t<Range>, bool> &&
         !std::is_convertible_v<const Range&, std::string_view>)
    std::span<const std::uint8_t> asBytes(const Range& range)
noexcept
{
    return {reinterpret_cast<const std::uint8_t*>(std::ranges::data(range)),
            std::ranges::size(range)};
}

} // namespace pr::crypto
