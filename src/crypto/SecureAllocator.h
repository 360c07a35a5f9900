#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <new>
#include <vector>

namespace pr::crypto {

namespace detail {
// The non-template halves of SecureAllocator, so that locking and wiping live in one place.
void* secureAllocate(std::size_t bytes, std::size_t alignment);
void secureDeallocate(void* data, std::size_t bytes, std::size_t alignment) noexcept;
} // namespace detail

// Allocates memory that is wiped before it goes back to the heap, so that keys and plaintext
// do not linger in freed blocks that a later allocation, a core dump or swap could expose.
// Blocks up to kLockLimit are also mlock()ed, best effort: small blocks are the keys, and
// RLIMIT_MEMLOCK (often 64 KiB to 8 MiB) would refuse large plaintext buffers anyway.
template <typename T>
class SecureAllocator {
public:
    using value_type = T;

    static constexpr std::size_t kLockLimit = std::size_t{64} * 1024;

    SecureAllocator() noexcept = default;
    // Implicit, as the allocator requirements expect containers to rebind and convert.
    template <typename U>
    SecureAllocator(const SecureAllocator<U>& /*other*/) noexcept
    {}

    [[nodiscard]] T* allocate(std::size_t count)
    {
        if (count > std::numeric_limits<std::size_t>::max() / sizeof(T)) {
            throw std::bad_array_new_length();
        }
        return static_cast<T*>(detail::secureAllocate(count * sizeof(T), alignof(T)));
    }

    void deallocate(T* data, std::size_t count) noexcept
    {
        detail::secureDeallocate(data, count * sizeof(T), alignof(T));
    }
};

// Stateless: memory from one instance may be freed by any other.
template <typename T, typename U>
bool operator==(const SecureAllocator<T>& /*lhs*/, const SecureAllocator<U>& /*rhs*/) noexcept
{
    return true;
}

// Key material, passwords and decrypted data.
using SecureBytes = std::vector<std::uint8_t, SecureAllocator<std::uint8_t>>;

// Sees each block after it was wiped and before it is freed, which lets a test prove the
// wipe without reading freed memory. Not for production code; pass nullptr to remove it.
// Returns the observer it replaces.
using WipeObserver = void (*)(const void* data, std::size_t size) noexcept;
WipeObserver setWipeObserverForTesting(WipeObserver observer) noexcept;

} // namespace pr::crypto
