#include "gui/DesktopController.h"

#include "core/AppInfo.h"
#include "gui/MainWindow.h"
#include "gui/UnlockDialog.h"
#include "gui/WelcomeWindow.h"
#include "gui/lock/IdleWatcher.h"
#include "gui/lock/ScreenLockMonitor.h"
#include "gui/lock/WindowPlace.h"
#include "gui/notify/DueNotice.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/wizard/NewRegisterWizard.h"

#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QTimer>

namespace pr::gui {

DesktopController::DesktopController(core::AppSettings& settings, const core::Clock& clock)
    : m_settings(settings)
    , m_clock(clock)
    , m_welcome(std::make_unique<WelcomeWindow>())
    , m_idle(new IdleWatcher(this))
    , m_screenLock(new ScreenLockMonitor(this))
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
    connect(m_welcome.get(), &WelcomeWindow::settingsRequested, this,
            &DesktopController::showSettings);
    connect(m_idle, &IdleWatcher::idle, this, &DesktopController::lockRegister);
    connect(m_screenLock, &ScreenLockMonitor::screenLocked, this, &DesktopController::lockRegister);
    applySettings();
}

DesktopController::~DesktopController()
{
    delete m_main.data();
    delete m_relock.data();
}

void DesktopController::applySettings()
{
    m_idle->setTimeout(m_settings.idleLockMinutes() * 60 * 1000);
}

storage::RegisterOptions DesktopController::registerOptions() const
{
    storage::RegisterOptions options;
    options.backupCount = m_settings.backupCount();
    options.clock = &m_clock;
    return options;
}

void DesktopController::showSettings()
{
    QWidget* front = m_main.isNull() ? static_cast<QWidget*>(m_welcome.get()) : m_main.data();
    SettingsDialog dialog(m_settings, front);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    applySettings();
    if (dialog.promiseChanged() && !m_main.isNull()) {
        m_main->setPromisedAnswerPeriod(m_settings.promisedAnswerPeriod());
    }
    if (dialog.retentionChanged() && !m_main.isNull()) {
        m_main->setRequestRetentionPeriod(m_settings.requestRetentionPeriod());
    }
    if (dialog.languageChanged()) {
        // Honest rather than half-translated: most texts are set when a window is built.
        QMessageBox::information(
            m_main.isNull() ? static_cast<QWidget*>(m_welcome.get()) : m_main.data(),
            tr("Language"), tr("The new language applies when you start the program again."));
    }
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
    m_main = new MainWindow(std::move(reg), m_clock, m_settings);
    m_main->setRequestRetentionPeriod(m_settings.requestRetentionPeriod());
    connect(m_main.data(), &QObject::destroyed, this, [this] {
        if (!QCoreApplication::closingDown()) {
            showWelcome();
        }
    });
    connect(m_main.data(), &QObject::destroyed, m_idle, &IdleWatcher::stop);
    connect(m_main.data(), &MainWindow::settingsRequested, this, &DesktopController::showSettings);
    m_welcome->hide();
    m_main->show();
    m_idle->start();
    // After every unlock, the lock's too: the user is back and should see what is due.
    new DueNotice(*m_main);
}

bool DesktopController::closeModalDialogs()
{
    bool any = false;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        auto* dialog = qobject_cast<QDialog*>(widget);
        if (dialog != nullptr && dialog->isVisible() && dialog != m_relock) {
            dialog->reject();
            any = true;
        }
    }
    return any;
}

bool DesktopController::lockRegister()
{
    if (m_main.isNull()) {
        return false;
    }
    // Never lose a change: what a failed save left unsaved is saved first. When that fails
    // again, the window (with the warning the save shows) is safer than a silent loss.
    if (!m_main->saveBeforeLock()) {
        m_idle->start(); // and try again after the next idle time
        return false;
    }
    // A dialog that runs its own event loop (exec()) must return before its window goes:
    // cancel it, and lock from the main loop once it has returned. What was typed into a
    // dialog and not yet saved is lost, as with any cancel (docs/user-guide).
    if (closeModalDialogs()) {
        QTimer::singleShot(50, this, &DesktopController::lockRegister);
        return false;
    }
    const WindowPlace place = WindowPlace::of(*m_main);
    const QString path = m_main->currentRegister().path();
    m_idle->stop();
    // Deleted now, not at the next event loop turn: the register with its key, its database in
    // memory and its lock goes with the window, the undo history with the copies of records in
    // its commands too, before the password is asked again.
    MainWindow* window = m_main.data();
    disconnect(window, &QObject::destroyed, this, nullptr);
    m_main.clear();
    delete window;
    askPasswordAgain(path, place);
    return true;
}

void DesktopController::askPasswordAgain(const QString& path, const WindowPlace& place)
{
    // Not exec(): the lock can come from a timer or the bus at any moment; a dialog of its own
    // lets the program go on and tests answer it.
    auto* dialog = new UnlockDialog(path, registerOptions());
    m_relock = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog, place](int result) {
        dialog->deleteLater();
        if (result == QDialog::Accepted) {
            showRegister(dialog->takeRegister());
            if (!m_main.isNull()) {
                place.restore(*m_main);
            }
        } else {
            showWelcome();
        }
    });
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace pr::gui
