#pragma once

// A real, small file system for tests of a full disk: a 1 MiB tmpfs mounted in a private
// mount namespace of a child process, so a test needs no root and leaves nothing behind.

#include <QString>

#include <functional>

namespace pr::test {

// The child's exit code when no tmpfs can be mounted here (no mount or user namespaces).
inline constexpr int kTmpfsUnavailable = 77;

// Runs BODY in a forked child with a fresh tmpfs of SIZEKIB mounted at MOUNTPOINT (an existing,
// empty folder) and returns its exit code: BODY's result, kTmpfsUnavailable, or 20 when BODY
// threw. Only the child sees the mount.
int runOnSmallTmpfs(const QString& mountPoint, const std::function<int()>& body,
                    int sizeKiB = 1024);

// Makes MOUNTPOINT read-only from now on (only inside the child). False when it cannot.
bool remountReadOnly(const QString& mountPoint);

// Writes the file PATH until the file system is full.
void fillFileSystem(const QString& path);

} // namespace pr::test
