#pragma once

#include "core/calendar/Period.h"

#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QToolBar>

namespace pr::core {
class Clock;
}

namespace pr::gui {

class MainWindow;

// The notice after a register is opened when deadlines need attention: requests overdue or
// due within 7 days and running breach clocks, counted by core::DueItems (the rules of the
// overview and of `privacyregister-cli due`). It shows a banner at the top of WINDOW with a
// link to the overview, not a dialog that must be answered first, and, where the desktop has
// a system tray, a tray icon whose tooltip and message say the same. Counts only: nothing
// about a person leaves the window. Owned by the window; nothing is shown when nothing is due.
class DueNotice : public QObject {
    Q_OBJECT

public:
    DueNotice(MainWindow& window, const core::Clock& clock, const core::Period& promise);

    int overdue() const { return m_overdue; }
    int dueSoon() const { return m_dueSoon; }
    // The sentence of the banner and the tray; empty when nothing is due.
    QString text() const { return m_text; }
    QToolBar* banner() const { return m_banner.data(); }
    QSystemTrayIcon* trayIcon() const { return m_tray.data(); }

private:
    void showBanner(MainWindow& window);
    void showTrayIcon(MainWindow& window);

    int m_overdue = 0;
    int m_dueSoon = 0;
    QString m_text;
    QPointer<QToolBar> m_banner;
    QPointer<QSystemTrayIcon> m_tray;
};

} // namespace pr::gui
