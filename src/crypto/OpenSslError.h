#pragma once

#include <string_view>

namespace pr::crypto::detail {

// Throws CryptoError naming OPERATION and OpenSSL's reason. Empties OpenSSL's per-thread
// error queue as well, or the stale entry would later be reported as the cause of an
// unrelated failure (in this layer or in any other OpenSSL user on the thread).
[[noreturn]] void throwOpenSslError(std::string_view operation);

} // namespace pr::crypto::detail
