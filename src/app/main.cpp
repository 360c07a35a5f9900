#include "core/AppInfo.h"
#include "core/i18n/Translations.h"
#include "core/logging/Log.h"
#include "gui/MainWindow.h"
#include "gui/UnlockDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QSettings>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QLatin1String(pr::app::kName));
    QApplication::setOrganizationName(QLatin1String(pr::app::kOrganisation));
    QApplication::setApplicationVersion(QLatin1String(pr::app::kVersion));
    pr::core::Log::initialise({pr::core::Log::defaultDirectory(), false, false});
    const QSettings settings;
    pr::core::Translations::install(
        pr::core::Translations::choose(settings.value(QStringLiteral("language")).toString()));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("register"),
                                 QApplication::translate("main", "The register to open."));
    parser.process(app);

    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(
            nullptr, QApplication::translate("main", "Open register"), QString(),
            QApplication::translate("main", "Registers (*.%1)")
                .arg(QLatin1String(pr::app::kRegisterSuffix)));
        if (path.isEmpty()) {
            return 0;
        }
    }

    pr::gui::UnlockDialog unlock(path, {});
    if (unlock.exec() != QDialog::Accepted) {
        return 0;
    }
    auto* window = new pr::gui::MainWindow(unlock.takeRegister());
    window->show();
    const int code = QApplication::exec();
    pr::core::Log::shutdown();
    return code;
}
