#include "cli/CliApplication.h"
#include "core/AppInfo.h"
#include "core/i18n/Translations.h"
#include "core/logging/Log.h"
#include "core/time/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <string_view>

namespace {

// The command name on the command line, found before Qt parses it: the first argument that
// is neither an option nor the value of a global option that takes one (docs/cli.md).
std::string_view commandName(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument(argv[i]);
        if (argument == "--register" || argument == "-register" || argument == "--password-file" ||
            argument == "-password-file") {
            ++i; // its value
        } else if (!argument.starts_with('-')) {
            return argument;
        }
    }
    return {};
}

// Only `render` lays out documents, which needs QtGui's fonts and text layout; every other
// command keeps to QtCore, so that it starts fast and never touches a display. The GUI
// application runs on the "offscreen" platform unless the user chose another.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    if (commandName(argc, argv) != "render") {
        return std::make_unique<QCoreApplication>(argc, argv);
    }
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QLatin1String(pr::app::kName));
    QCoreApplication::setOrganizationName(QLatin1String(pr::app::kOrganisation));
    QCoreApplication::setApplicationVersion(QLatin1String(pr::app::kVersion));
    pr::core::Log::initialise({pr::core::Log::defaultDirectory(), false, false});
    const QSettings settings;
    pr::core::Translations::install(
        pr::core::Translations::choose(settings.value(QStringLiteral("language")).toString()));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile in;
    // Unbuffered, so that a password read from stdin leaves no copy in Qt's read buffer.
    in.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered);
    const pr::core::SystemClock clock;

    pr::cli::CliApplication cli(out, err, in, clock);
    const int code = pr::cli::toInt(cli.run(QCoreApplication::arguments()));
    pr::core::Log::shutdown();
    return code;
}
