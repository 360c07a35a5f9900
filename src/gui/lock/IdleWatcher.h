#pragma once

#include <QObject>

class QTimer;

namespace pr::gui {

// Notices that nobody has used the program for a while: every key press, mouse click, mouse
// move, wheel turn or touch anywhere in the application starts the countdown again; when it
// runs out, idle() is emitted once. It watches the whole application (an event filter on
// qApp), so input in a dialog counts as much as input in the main window.
class IdleWatcher : public QObject {
    Q_OBJECT

public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    // The time without input after which idle() is emitted; 0 switches the watcher off.
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }

    // Starts watching (again from now); stop() until the next start().
    void start();
    void stop();
    bool isRunning() const;

    // What the countdown's end does, callable directly: tests trigger it without waiting.
    void expire();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer* m_timer;
    int m_timeoutMs = 0;
    bool m_watching = false;
};

} // namespace pr::gui
