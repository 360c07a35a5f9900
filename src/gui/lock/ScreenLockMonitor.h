#pragma once

#include <QObject>

namespace pr::gui {

// Tells when the desktop locks the screen, where the desktop says so over D-Bus: the
// screensaver interfaces of the session (org.freedesktop.ScreenSaver, as KDE and others offer
// it, and org.gnome.ScreenSaver) with their ActiveChanged signal, and logind's Lock signal
// for this login session on the system bus. Without a bus (a bare X session, a test) it stays
// silent: idle locking still works.
class ScreenLockMonitor : public QObject {
    Q_OBJECT

public:
    explicit ScreenLockMonitor(QObject* parent = nullptr);

    // Whether any of the signals could be subscribed to.
    bool isListening() const { return m_listening; }

    // The D-Bus path of the logind session with ID ("2" → /org/freedesktop/login1/session/_32):
    // systemd escapes every character but letters and digits, and a leading digit, as _xx.
    static QString logindSessionPath(const QString& sessionId);

Q_SIGNALS:
    void screenLocked();

public Q_SLOTS:
    // The screensaver's ActiveChanged(bool): true when it starts (the screen locks).
    void onScreenSaverActiveChanged(bool active);
    // logind's Lock(): the session is to be locked.
    void onSessionLock();

private:
    bool m_listening = false;
};

} // namespace pr::gui
