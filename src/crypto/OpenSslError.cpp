#include "crypto/OpenSslError.h"

#include "crypto/CryptoError.h"

#include <openssl/err.h>

#include <string>

namespace pr::crypto::detail {

void throwOpenSslError(std::string_view operation)
{
    // The earliest entry is the root cause; later ones are the layers that passed it on.
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    std::string message(operation);
    message += " failed";
    // Reason strings are fixed texts inside libcrypto; they never include caller data.
    if (const char* reason = code != 0 ? ERR_reason_error_string(code) : nullptr) {
        message += " (OpenSSL: ";
        message += reason;
        message += ')';
    }
    throw CryptoError(message);
}

} // namespace pr::crypto::detail
