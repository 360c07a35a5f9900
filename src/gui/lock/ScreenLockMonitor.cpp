#include "gui/lock/ScreenLockMonitor.h"

#include <QDBusConnection>
#include <QProcessEnvironment>

namespace pr::gui {

namespace {
const QString kActiveChanged = QStringLiteral("ActiveChanged");

bool subscribeScreenSaver(QDBusConnection& bus, const QString& service, const QString& path,
                          ScreenLockMonitor* monitor)
{
    return bus.connect(service, path, service, kActiveChanged, monitor,
                       SLOT(onScreenSaverActiveChanged(bool)));
}
} // namespace

ScreenLockMonitor::ScreenLockMonitor(QObject* parent)
    : QObject(parent)
{
    // Subscribing is a match rule sent to the bus daemon, not a call that waits for the
    // screensaver: cheap at start-up, and harmless where no screensaver runs. Only a bus the
    // session announces: without DBUS_SESSION_BUS_ADDRESS libdbus would try to start one of its own
    // (X11 autolaunch), which a program should not do behind the user.
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (environment.contains(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"))) {
        QDBusConnection session = QDBusConnection::sessionBus();
        m_listening |= subscribeScreenSaver(session, QStringLiteral("org.freedesktop.ScreenSaver"),
                                            QStringLiteral("/org/freedesktop/ScreenSaver"), this);
        m_listening |= subscribeScreenSaver(session, QStringLiteral("org.gnome.ScreenSaver"),
                                            QStringLiteral("/org/gnome/ScreenSaver"), this);
    }
    const QString sessionId = environment.value(QStringLiteral("XDG_SESSION_ID"));
    if (!sessionId.isEmpty()) {
        QDBusConnection system = QDBusConnection::systemBus();
        m_listening |=
            system.isConnected() &&
            system.connect(QStringLiteral("org.freedesktop.login1"), logindSessionPath(sessionId),
                           QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"),
                           this, SLOT(onSessionLock()));
    }
}

QString ScreenLockMonitor::logindSessionPath(const QString& sessionId)
{
    QString path = QStringLiteral("/org/freedesktop/login1/session/");
    for (qsizetype i = 0; i < sessionId.size(); ++i) {
        const QChar c = sessionId.at(i);
        const bool plain = c.unicode() < 0x80 && (c.isLetter() || (c.isDigit() && i > 0));
        if (plain) {
            path += c;
        } else {
            path += QStringLiteral("_%1").arg(c.unicode() & 0xff, 2, 16, QLatin1Char('0'));
        }
    }
    return path;
}

void ScreenLockMonitor::onScreenSaverActiveChanged(bool active)
{
    if (active) {
        Q_EMIT screenLocked();
    }
}

void ScreenLockMonitor::onSessionLock()
{
    Q_EMIT screenLocked();
}

} // namespace pr::gui
