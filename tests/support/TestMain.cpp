// The one main() of every test executable. Catch2 provides the runner; this file makes sure
// a Qt application object exists (QApplication for GUI tests, QCoreApplication otherwise)
// and that GUI tests never need a display.

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef PR_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include "core/logging/Log.h"

#include <QStandardPaths>

#include <cstdlib>

int main(int argc, char* argv[])
{
    // Must happen before the application object exists, or discovery on a machine without
    // a display aborts before it lists a single test.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Keeps tests away from the developer's real settings and data folder.
    QStandardPaths::setTestModeEnabled(true);

    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("privacyregister-tests"));
    TestApplication::setOrganizationName(QStringLiteral("Privacyregister"));

    // Log lines of the code under test go nowhere unless a test points the log somewhere.
    pr::core::Log::initialise({});

    return Catch::Session().run(argc, argv);
}
