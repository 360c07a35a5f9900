#include "crypto/SecureAllocator.h"

#include "crypto/Wipe.h"

#include <atomic>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace pr::crypto {

namespace {

constexpr std::size_t kLockLimit = SecureAllocator<std::uint8_t>::kLockLimit;

std::atomic<WipeObserver> g_wipeObserver{nullptr};

} // namespace

namespace detail {

void* secureAllocate(std::size_t bytes, std::size_t alignment)
{
    void* data = ::operator new (bytes, std::align_val_t{alignment});
#ifdef __linux__
    if (bytes > 0 && bytes <= kLockLimit) {
        // Ignored on failure: an unlocked key is still better than no key, and the limit is
        // outside the program's control.
        (void)::mlock(data, bytes);
    }
#endif
    return data;
}

void secureDeallocate(void* data, std::size_t bytes, std::size_t alignment) noexcept
{
    if (data == nullptr) {
        return;
    }
    wipe(data, bytes);
    if (const WipeObserver observer = g_wipeObserver.load()) {
        observer(data, bytes);
    }
#ifdef __linux__
    if (bytes > 0 && bytes <= kLockLimit) {
        // Locks are per page and do not nest, so this may also unlock a neighbouring secure
        // block that shares the page. Accepted: locking is a best-effort extra, the wipe is
        // the guarantee.
        (void)::munlock(data, bytes);
    }
#endif
    // Unsized: clang declares the sized overload only with -fsized-deallocation.
    ::operator delete (data, std::align_val_t{alignment});
}

} // namespace detail

WipeObserver setWipeObserverForTesting(WipeObserver observer) noexcept
{
    return g_wipeObserver.exchange(observer);
}

} // namespace pr::crypto
