#pragma once

#include <cstddef>

namespace pr::crypto {

// Overwrites memory in a way the optimiser may not remove (OPENSSL_cleanse).
void wipe(void* data, std::size_t size) noexcept;

} // namespace pr::crypto
