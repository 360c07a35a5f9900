#include "crypto/Wipe.h"

#include <openssl/crypto.h>

namespace pr::crypto {

void wipe(void* data, std::size_t size) noexcept
{
    if (data != nullptr && size > 0) {
        OPENSSL_cleanse(data, size);
    }
}

} // namespace pr::crypto
