#include "storage/sqlite/WipingAllocator.h"

#include "crypto/Wipe.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <mutex>

#include <sqlite3.h>

namespace pr::storage {

namespace {
// Each block carries its usable size in a header, so that free() knows how much to wipe.
// 16 bytes keep the payload aligned for any type SQLite stores.
constexpr std::size_t kHeader = 16;

void* wipingMalloc(int size)
{
    if (size <= 0) {
        return nullptr;
    }
    auto* block =
        static_cast<unsigned char*>(std::malloc(kHeader + static_cast<std::size_t>(size)));
    if (block == nullptr) {
        return nullptr;
    }
    std::memcpy(block, &size, sizeof size);
    return block + kHeader;
}

int wipingSize(void* payload)
{
    if (payload == nullptr) {
        return 0;
    }
    int size = 0;
    std::memcpy(&size, static_cast<unsigned char*>(payload) - kHeader, sizeof size);
    return size;
}

void wipingFree(void* payload)
{
    if (payload == nullptr) {
        return;
    }
    unsigned char* block = static_cast<unsigned char*>(payload) - kHeader;
    crypto::wipe(block, kHeader + static_cast<std::size_t>(wipingSize(payload)));
    std::free(block);
}

void* wipingRealloc(void* payload, int size)
{
    // Never realloc in place: the C library could leave a copy of the old block behind.
    void* grown = wipingMalloc(size);
    if (grown != nullptr && payload != nullptr) {
        const int keep = std::min(size, wipingSize(payload));
        std::memcpy(grown, payload, static_cast<std::size_t>(keep));
        wipingFree(payload);
    }
    return grown;
}

int wipingRoundup(int size)
{
    return (size + 7) & ~7;
}

int wipingInit(void*)
{
    return SQLITE_OK;
}

void wipingShutdown(void*) {}
} // namespace

bool installWipingSqliteAllocator()
{
    static bool installed = false;
    static std::once_flag once;
    std::call_once(once, [] {
        static const sqlite3_mem_methods methods = {wipingMalloc,   wipingFree,    wipingRealloc,
                                                    wipingSize,     wipingRoundup, wipingInit,
                                                    wipingShutdown, nullptr};
        installed = sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) == SQLITE_OK;
        // Memory statistics cost a mutex per allocation and are not used.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        sqlite3_initialize();
    });
    return installed;
}

} // namespace pr::storage
