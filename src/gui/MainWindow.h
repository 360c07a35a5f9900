#pragma once

#include "storage/Register.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace pr::gui {

class RegisterOverview;

// The window of one open register. It owns the register: closing the window closes the
// register, releases its lock and wipes its key.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<storage::Register> reg, QWidget* parent = nullptr);
    ~MainWindow() override;

    const storage::Register& currentRegister() const { return *m_register; }
    // Saves the register under PATH and continues there (File > Save as).
    bool saveAs(const QString& path);

private:
    void chooseSaveAsPath();
    void showAbout();
    void refresh();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<storage::Register> m_register;
    RegisterOverview* m_overview;
};

} // namespace pr::gui
