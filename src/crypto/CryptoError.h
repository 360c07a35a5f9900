#pragma once

#include <stdexcept>

namespace pr::crypto {

// Every failure of the crypto layer. Messages name the operation that failed and never
// carry passwords, keys or plaintext, so callers may log them and show them to the user.
class CryptoError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// An AEAD tag or a MAC did not verify: the key is wrong or the data was altered. A separate
// type so that the storage layer can report "wrong password or damaged file" distinctly
// from a failing library or a bad argument.
class AuthenticationFailed : public CryptoError {
public:
    using CryptoError::CryptoError;
};

} // namespace pr::crypto
