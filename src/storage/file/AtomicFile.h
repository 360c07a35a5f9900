#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <span>

namespace pr::storage {

// Whole-file reads and crash-safe whole-file writes.
class AtomicFile {
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    // Files read whole into memory have a ceiling (docs/cli.md, "Files the tool reads"):
    // a register, a document or an import file larger than this is not one.
    static constexpr qint64 kMaxFileBytes = qint64{512} * 1024 * 1024;

    // The bytes of the regular file PATH, at most MAXBYTES of them. A folder, a pipe, a
    // socket or a device is refused without blocking (opened non-blocking, then checked with
    // fstat), and a larger file before anything is read. Throws FileAccessError.
    static QByteArray read(const QString& path, qint64 maxBytes = kMaxFileBytes);
    // The same checks without reading: for refusing a file before anything else is done,
    // such as taking a register's lock. Throws FileAccessError.
    static void checkReadable(const QString& path, qint64 maxBytes = kMaxFileBytes);
    // Writes BYTES to PATH so that PATH always holds either the old or the new content:
    // a temporary file in the same folder, flushed and fsync'ed, renamed over PATH, then the
    // folder fsync'ed so that the rename itself survives a power cut. Throws FileWriteError; on
    // failure PATH is untouched and no temporary file is left behind.
    static void write(const QString& path, std::span<const std::uint8_t> bytes);
};

} // namespace pr::storage
