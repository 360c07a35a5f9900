#include "crypto/Argon2id.h"

#include "crypto/CryptoError.h"

#include <limits>
#include <string>

#include <argon2.h>

namespace pr::crypto {

Argon2Parameters Argon2Parameters::defaults() noexcept
{
    return {256U * 1024, 4, 2};
}

Argon2Parameters Argon2Parameters::fastForTests() noexcept
{
    return {8U * 1024, 1, 1};
}

bool Argon2Parameters::isWithinLimits() const noexcept
{
    const bool memoryOk = memoryKiB >= kMinMemoryKiB && memoryKiB <= kMaxMemoryKiB;
    const bool iterationsOk = iterations >= kMinIterations && iterations <= kMaxIterations;
    const bool parallelismOk = parallelism >= kMinParallelism && parallelism <= kMaxParallelism;
    // libargon2 needs 8 KiB per lane; checked here so that a bad file fails before any work.
    const bool memoryPerLaneOk = parallelismOk && memoryKiB >= 8U * parallelism;
    return memoryOk && iterationsOk && parallelismOk && memoryPerLaneOk;
}

SecureBytes deriveArgon2id(std::span<const std::uint8_t> password,
                           std::span<const std::uint8_t> salt, const Argon2Parameters& parameters,
                           std::size_t keyLength)
{
    constexpr std::size_t kMaxLength = std::numeric_limits<std::uint32_t>::max();
    if (!parameters.isWithinLimits()) {
        throw CryptoError("Argon2id parameters are outside the accepted limits");
    }
    if (salt.size() < kArgon2MinSaltSize || salt.size() > kMaxLength) {
        throw CryptoError("Argon2id salt has an invalid length");
    }
    if (keyLength < kArgon2MinKeySize || keyLength > kArgon2MaxKeySize) {
        throw CryptoError("Argon2id key length is out of range");
    }
    if (password.size() > kMaxLength) {
        throw CryptoError("Argon2id password is too long");
    }

    SecureBytes key(keyLength);
    // argon2_ctx rather than argon2id_hash_raw: it pins the version here, so a library whose
    // default moved on could not silently change every derived key and lock users out.
    argon2_context context{};
    context.out = key.data();
    context.outlen = static_cast<std::uint32_t>(key.size());
    // Declared non-const by libargon2, but only written when ARGON2_FLAG_CLEAR_PASSWORD is
    // set, which it is not.
    context.pwd = const_cast<std::uint8_t*>(password.data());
    context.pwdlen = static_cast<std::uint32_t>(password.size());
    context.salt = const_cast<std::uint8_t*>(salt.data());
    context.saltlen = static_cast<std::uint32_t>(salt.size());
    context.t_cost = parameters.iterations;
    context.m_cost = parameters.memoryKiB;
    context.lanes = parameters.parallelism;
    context.threads = parameters.parallelism;
    context.version = ARGON2_VERSION_13;
    context.flags = ARGON2_DEFAULT_FLAGS;

    const int result = argon2_ctx(&context, Argon2_id);
    if (result != ARGON2_OK) {
        // libargon2's messages are fixed texts, never derived from the inputs.
        throw CryptoError(std::string("Argon2id failed: ") + argon2_error_message(result));
    }
    return key;
}

} // namespace pr::crypto
