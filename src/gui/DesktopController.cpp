#include "gui/DesktopController.h"

#include "core/AppInfo.h"
#include "gui/MainWindow.h"
#include "gui/UnlockDialog.h"
#include "gui/WelcomeWindow.h"
#include "gui/wizard/NewRegisterWizard.h"

#include <QApplication>
#include <QFileDialog>

namespace pr::gui {

DesktopController::DesktopController(core::AppSettings& settings, const core::Clock& clock)
    : m_settings(settings)
    , m_clock(clock)
    , m_welcome(std::make_unique<WelcomeWindow>())
{
    connect(m_welcome.get(), &WelcomeWindow::openRequested, this, &DesktopController::open);
    connect(m_welcome.get(), &WelcomeWindow::chooseFileRequested, this,
            &DesktopController::chooseAndOpen);
    connect(m_welcome.get(), &WelcomeWindow::newRegisterRequested, this,
            &DesktopController::createNew);
    // The program ends when the welcome screen is closed, not when the last window closes:
    // closing a register's window returns to the welcome screen.
    QGuiApplication::setQuitOnLastWindowClosed(false);
    connect(m_welcome.get(), &WelcomeWindow::closed, qApp, &QCoreApplication::quit);
}

DesktopController::~DesktopController()
{
    delete m_main.data();
}

storage::RegisterOptions DesktopController::registerOptions() const
{
    storage::RegisterOptions options;
    options.backupCount = m_settings.backupCount();
    options.clock = &m_clock;
    return options;
}

void DesktopController::showWelcome()
{
    m_welcome->setRecentFiles(m_settings.recentFiles());
    m_welcome->show();
    m_welcome->raise();
}

void DesktopController::open(const QString& path)
{
    UnlockDialog unlock(path, registerOptions(), m_welcome.get());
    if (unlock.exec() != QDialog::Accepted) {
        showWelcome();
        return;
    }
    showRegister(unlock.takeRegister());
}

void DesktopController::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        m_welcome.get(), tr("Open register"), QString(),
        tr("Registers (*.%1)").arg(QLatin1String(app::kRegisterSuffix)));
    if (!path.isEmpty()) {
        open(path);
    }
}

void DesktopController::createNew()
{
    NewRegisterWizard wizard(registerOptions(), m_clock, m_welcome.get());
    if (wizard.exec() == QDialog::Accepted) {
        showRegister(wizard.takeRegister());
    }
}

void DesktopController::showRegister(std::unique_ptr<storage::Register> reg)
{
    m_settings.addRecentFile(reg->path());
    delete m_main.data();
    m_main = new MainWindow(std::move(reg), m_clock, m_settings.promisedAnswerPeriod());
    connect(m_main.data(), &QObject::destroyed, this, [this] {
        if (!QCoreApplication::closingDown()) {
            showWelcome();
        }
    });
    m_welcome->hide();
    m_main->show();
}

} // namespace pr::gui
