#pragma once

#include "core/settings/AppSettings.h"
#include "core/time/Clock.h"
#include "gui/MainWindow.h"
#include "storage/Register.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace pr::gui {

class WelcomeWindow;

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

    WelcomeWindow* welcomeWindow() const { return m_welcome.get(); }
    MainWindow* mainWindow() const { return m_main.data(); }

private:
    void showRegister(std::unique_ptr<storage::Register> reg);
    storage::RegisterOptions registerOptions() const;

    core::AppSettings& m_settings;
    const core::Clock& m_clock;
    std::unique_ptr<WelcomeWindow> m_welcome;
    QPointer<MainWindow> m_main;
};

} // namespace pr::gui
