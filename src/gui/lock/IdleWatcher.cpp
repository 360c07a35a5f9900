#include "gui/lock/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <algorithm>

namespace pr::gui {

namespace {
bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}
} // namespace

IdleWatcher::IdleWatcher(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::expire);
    if (QCoreApplication::instance() != nullptr) {
        QCoreApplication::instance()->installEventFilter(this);
    }
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance() != nullptr) {
        QCoreApplication::instance()->removeEventFilter(this);
    }
}

void IdleWatcher::setTimeout(int milliseconds)
{
    m_timeoutMs = std::max(0, milliseconds);
    if (m_watching) {
        start();
    }
}

void IdleWatcher::start()
{
    m_watching = true;
    if (m_timeoutMs > 0) {
        m_timer->start(m_timeoutMs);
    } else {
        m_timer->stop();
    }
}

void IdleWatcher::stop()
{
    m_watching = false;
    m_timer->stop();
}

bool IdleWatcher::isRunning() const
{
    return m_timer->isActive();
}

void IdleWatcher::expire()
{
    if (!m_watching || m_timeoutMs == 0) {
        return;
    }
    stop();
    Q_EMIT idle();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    // Every widget of a click sees the event: restarting a running timer is cheap, and the
    // filter never consumes anything.
    if (m_timer->isActive() && isUserInput(event->type())) {
        m_timer->start(m_timeoutMs);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pr::gui
