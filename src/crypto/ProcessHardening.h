#pragma once

namespace pr::crypto {

// Keeps the decrypted register and its keys out of core files: once a register is open, a
// crash must not write its memory to disk. Irreversible for the rest of the process, on
// purpose: freed memory may still hold secrets after the register is closed. Also stops
// same-user processes from attaching a debugger or reading /proc/<pid>/mem. Returns whether
// every step succeeded; always false outside Linux.
bool disableCoreDumps() noexcept;

// Reads the settings back: true if the process is not dumpable and its core size limit is 0.
bool coreDumpsDisabled() noexcept;

} // namespace pr::crypto
