#pragma once

#include "storage/RegisterErrors.h"

#include <QString>

namespace pr::storage {

// Why writing FILEPATH just failed, read from the state of its folder and file system rather
// than from an error code, which Qt's file classes do not pass on: a read-only file system or
// a folder without write permission is ReadOnly, a file system without free space (for this
// user) is DiskFull, anything else Other.
WriteCause diagnoseWriteFailure(const QString& filePath);

// The FileWriteError for a failed write of FILEPATH, with the system's reason for Other.
FileWriteError writeFailure(const QString& filePath, const QString& systemReason);

} // namespace pr::storage
