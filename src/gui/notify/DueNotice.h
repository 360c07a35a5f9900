#pragma once

#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QToolBar>

namespace pr::gui {

class MainWindow;

// The notice after a register is opened when deadlines need attention: requests overdue or
// due within 7 days and running breach clocks, as usecases::DueItemsQuery loads them with the
// window's clock and settings (the rules of the overview and of `privacyregister-cli due`),
// worded by core::DueSummary. It shows a banner at the top of WINDOW with a link to the
// overview, not a dialog that must be answered first, and, where the desktop has a system
// tray, a tray icon whose tooltip and message say the same. Counts and times only: nothing
// about a person leaves the window. Owned by the window; nothing is shown when nothing is due.
class DueNotice : public QObject {
    Q_OBJECT

public:
    explicit DueNotice(MainWindow& window);

    int overdue() const { return m_overdue; }
    // Requests due soon and breach clocks still running.
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
