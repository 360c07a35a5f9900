#include "core/AppInfo.h"
#include "core/i18n/Translations.h"
#include "core/logging/Log.h"
#include "core/settings/AppSettings.h"
#include "core/time/Clock.h"
#include "gui/DesktopController.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QLatin1String(pr::app::kName));
    QApplication::setOrganizationName(QLatin1String(pr::app::kOrganisation));
    QApplication::setApplicationVersion(QLatin1String(pr::app::kVersion));
    pr::core::Log::initialise({pr::core::Log::defaultDirectory(), false, false});

    pr::core::AppSettings settings;
    pr::core::Translations::install(pr::core::Translations::choose(settings.language()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Keeps the privacy register (AVG) of a small IT firm."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("register"),
                                 QApplication::translate("main", "The register to open."));
    parser.process(app);

    const pr::core::SystemClock clock;
    pr::gui::DesktopController controller(settings, clock);
    const QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        controller.showWelcome();
        // For bench_lists only: quit once the welcome screen's first events (show, expose,
        // paint) are handled, so that the process's lifetime is the cold start.
        if (qEnvironmentVariableIsSet("PR_EXIT_AFTER_START")) {
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
    } else {
        controller.open(path);
    }
    const int code = QApplication::exec();
    settings.sync();
    pr::core::Log::shutdown();
    return code;
}
