#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

namespace Ui {
class WelcomeWindow;
}

namespace pr::gui {

// The first screen: the registers opened recently, "New register…" and "Open…". It only
// asks; DesktopController does what is asked. "Check signature…" needs no register and opens
// its dialog itself (SignatureCheckDialog).
class WelcomeWindow : public QWidget {
    Q_OBJECT

public:
    explicit WelcomeWindow(QWidget* parent = nullptr);
    ~WelcomeWindow() override;

    // Shows PATHS, newest first; files that no longer exist are marked as missing.
    void setRecentFiles(const QStringList& paths);

Q_SIGNALS:
    void openRequested(const QString& path);
    void chooseFileRequested();
    void newRegisterRequested();
    // Settings… (Ctrl+,).
    void settingsRequested();
    // The user closed the welcome screen: the program ends.
    void closed();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void openSelected();

    std::unique_ptr<Ui::WelcomeWindow> m_ui;
};

} // namespace pr::gui
