#include "crypto/SecureAllocator.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>
#include <string>
#include <vector>

using pr::crypto::SecureAllocator;
using pr::crypto::SecureBytes;

namespace {

// What the observer saw. Plain globals: the observer is a function pointer without state.
struct Observation {
    std::size_t calls = 0;
    std::size_t bytesSeen = 0;
    bool allZero = true;
};
Observation g_observation;

void recordWipe(const void* data, std::size_t size) noexcept
{
    // The block is wiped but not yet freed, so reading it here is allowed.
    const auto* bytes = static_cast<const unsigned char*>(data);
    ++g_observation.calls;
    g_observation.bytesSeen += size;
    g_observation.allZero =
        g_observation.allZero &&
        std::all_of(bytes, bytes + size, [](unsigned char b) { return b == 0; });
}

// Installs the observer for one test and removes it again, even if the test fails.
class WipeRecorder {
public:
    WipeRecorder()
    {
        g_observation = {};
        m_previous = pr::crypto::setWipeObserverForTesting(&recordWipe);
    }
    WipeRecorder(const WipeRecorder&) = delete;
    WipeRecorder& operator=(const WipeRecorder&) = delete;
    ~WipeRecorder() { pr::crypto::setWipeObserverForTesting(m_previous); }

private:
    pr::crypto::WipeObserver m_previous = nullptr;
};

} // namespace

TEST_CASE("SecureBytes are wiped before their memory is freed", "[secure-allocator]")
{
    const WipeRecorder recorder;
    {
        SecureBytes secret(48, 0xA5);
        CHECK(secret.front() == 0xA5);
    }
    CHECK(g_observation.calls == 1);
    CHECK(g_observation.bytesSeen == 48);
    CHECK(g_observation.allZero);
}

TEST_CASE("SecureBytes wipe the old buffer when they grow", "[secure-allocator]")
{
    const WipeRecorder recorder;
    SecureBytes secret(16, 0x5A);
    secret.shrink_to_fit();
    const std::size_t before = g_observation.calls;
    secret.resize(4096, 0x5A);
    CHECK(g_observation.calls == before + 1);
    CHECK(g_observation.allZero);
}

TEST_CASE("SecureAllocator wipes large blocks that are too big to lock", "[secure-allocator]")
{
    const WipeRecorder recorder;
    {
        SecureBytes plaintext(SecureAllocator<std::uint8_t>::kLockLimit * 4, 0xFF);
    }
    CHECK(g_observation.calls == 1);
    CHECK(g_observation.bytesSeen == SecureAllocator<std::uint8_t>::kLockLimit * 4);
    CHECK(g_observation.allZero);
}

TEST_CASE("SecureAllocator works for wider types and other containers", "[secure-allocator]")
{
    const WipeRecorder recorder;
    {
        std::vector<std::uint64_t, SecureAllocator<std::uint64_t>> words(10, ~std::uint64_t{0});
        std::basic_string<char, std::char_traits<char>, SecureAllocator<char>> password(100, 'x');
        CHECK(words.back() == ~std::uint64_t{0});
        CHECK(password.size() == 100);
    }
    CHECK(g_observation.calls == 2);
    CHECK(g_observation.bytesSeen >= 10 * sizeof(std::uint64_t) + 100);
    CHECK(g_observation.allZero);
}

TEST_CASE("SecureAllocator instances are interchangeable", "[secure-allocator]")
{
    CHECK(SecureAllocator<std::uint8_t>() == SecureAllocator<int>());
    // The size computation must not wrap around into a small, successful allocation.
    SecureAllocator<std::uint64_t> allocator;
    CHECK_THROWS_AS(allocator.allocate(std::numeric_limits<std::size_t>::max() / 4),
                    std::bad_array_new_length);
}
