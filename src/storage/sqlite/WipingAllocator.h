#pragma once

namespace pr::storage {

// Installs an SQLite allocator that overwrites every block before it is freed, so that
// pages of the decrypted register do not linger in freed heap memory. Must run before
// SQLite initialises; SqliteDatabase calls it once per process. Returns false when SQLite
// was already initialised by someone else (then the default allocator stays).
bool installWipingSqliteAllocator();

} // namespace pr::storage
