#include "cli/CliApplication.h"
#include "core/AppInfo.h"
#include "core/i18n/Translations.h"
#include "core/logging/Log.h"
#include "core/time/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
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
