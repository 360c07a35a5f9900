#include "cli/CliApplication.h"
#include "core/AppInfo.h"
#include "core/logging/Log.h"
#include "core/time/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QLatin1String(pr::app::kName));
    QCoreApplication::setOrganizationName(QLatin1String(pr::app::kOrganisation));
    QCoreApplication::setApplicationVersion(QLatin1String(pr::app::kVersion));
    pr::core::Log::initialise({pr::core::Log::defaultDirectory(), false, false});

    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    const pr::core::SystemClock clock;

    pr::cli::CliApplication cli(out, err, in, clock);
    const int code = pr::cli::toInt(cli.run(QCoreApplication::arguments()));
    pr::core::Log::shutdown();
    return code;
}
