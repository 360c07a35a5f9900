#pragma once

#include "core/settings/AppSettings.h"

#include <QTemporaryDir>

namespace pr::test {

// Settings of the test process's own, in a temporary file with every default: a test never
// reads or changes the user's. A test that changes a setting makes an AppSettings of its own.
inline const core::AppSettings& testSettings()
{
    static const QTemporaryDir folder;
    static const core::AppSettings settings(folder.filePath(QStringLiteral("settings.ini")));
    return settings;
}

} // namespace pr::test
