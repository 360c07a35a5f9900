#pragma once

#include "core/settings/AppSettings.h"
#include "core/time/Clock.h"
#include "gui/MainWindow.h"
#include "gui/UnlockDialog.h"
#include "storage/Register.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace pr::gui {

class IdleWatcher;
class ScreenLockMonitor;
class WelcomeWindow;
struct WindowPlace;

// Moves the user between the screens: welcome → unlock or new-register wizard → the main
// window of the register → back to welcome when it closes. Owns no logic beyond that.
class DesktopController : public QObject {
    Q_OBJECT

public:
    DesktopController(core::AppSettings& settings, const core::Clock& clock);
    ~DesktopController() override;

    void showWelcome();
    // Asks for the password of PATH and opens its main window; back to welcome on cancel.
    void open(const QString& path);
    void createNew();
    void chooseAndOpen();
    // Shows the main window of REG, which it then owns.
    void showRegister(std::unique_ptr<storage::Register> reg);

    // Locks the open register (after the idle time, on a screen lock): saves what is not
    // saved yet — when that fails, the window stays open with the warning and false is
    // returned —, closes the main window, which closes the register, releases its lock and
    // wipes its key, and asks for the password again. Unlocked, a new window opens where the
    // user was (WindowPlace). Open dialogs of the window are cancelled first.
    bool lockRegister();
    // The unlock dialog shown after lockRegister(), while it is open.
    UnlockDialog* relockDialog() const { return m_relock.data(); }
    IdleWatcher* idleWatcher() const { return m_idle; }
    ScreenLockMonitor* screenLockMonitor() const { return m_screenLock; }
    // Reads the settings again after the settings dialog changed them (the idle time).
    void applySettings();
    // Edit > Settings…: the settings dialog over the window in front; what changed is applied.
    void showSettings();

    WelcomeWindow* welcomeWindow() const { return m_welcome.get(); }
    MainWindow* mainWindow() const { return m_main.data(); }

private:
    storage::RegisterOptions registerOptions() const;
    void askPasswordAgain(const QString& path, const WindowPlace& place);
    bool closeModalDialogs();

    core::AppSettings& m_settings;
    const core::Clock& m_clock;
    std::unique_ptr<WelcomeWindow> m_welcome;
    QPointer<MainWindow> m_main;
    IdleWatcher* m_idle;
    ScreenLockMonitor* m_screenLock;
    QPointer<UnlockDialog> m_relock;
};

} // namespace pr::gui
