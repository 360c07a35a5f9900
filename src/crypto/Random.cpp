#include "crypto/Random.h"

#include "crypto/OpenSslError.h"

#include <openssl/rand.h>

#include <algorithm>
#include <limits>

namespace pr::crypto {

void fillRandom(std::span<std::uint8_t> out)
{
    // RAND_bytes takes an int length.
    constexpr auto kMaxChunk = static_cast<std::size_t>(std::numeric_limits<int>::max());
    while (!out.empty()) {
        const std::size_t chunk = std::min(out.size(), kMaxChunk);
        if (RAND_bytes(out.data(), static_cast<int>(chunk)) != 1) {
            detail::throwOpenSslError("Random number generation");
        }
        out = out.subspan(chunk);
    }
}

SecureBytes randomBytes(std::size_t count)
{
    SecureBytes bytes(count);
    fillRandom(bytes);
    return bytes;
}

} // namespace pr::crypto
