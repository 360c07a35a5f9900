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
    // The file's bytes; throws FileAccessError with the system's reason.
    static QByteArray read(const QString& path);
    // Writes BYTES to PATH so that PATH always holds either the old or the new content:
    // a temporary file in the same folder, flushed and fsync'ed, renamed over PATH, then the
    // folder fsync'ed so that the rename itself survives a power cut. Throws SaveError; on
    // failure PATH is untouched and no temporary file is left behind.
    static void write(const QString& path, std::span<const std::uint8_t> bytes);
};

} // namespace pr::storage
