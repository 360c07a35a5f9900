#include "gui/MainWindow.h"

#include "core/AppInfo.h"
#include "gui/RegisterOverview.h"
#include "storage/RegisterErrors.h"
#include "ui_MainWindow.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace pr::gui {

MainWindow::MainWindow(std::unique_ptr<storage::Register> reg, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_register(std::move(reg))
    , m_overview(new RegisterOverview(this))
{
    m_ui->setupUi(this);
    m_ui->centralLayout->addWidget(m_overview);
    setAttribute(Qt::WA_DeleteOnClose);
    connect(m_ui->saveAsAction, &QAction::triggered, this, &MainWindow::chooseSaveAsPath);
    connect(m_ui->closeAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::refresh()
{
    const QString name = QFileInfo(m_register->path()).fileName();
    setWindowTitle(m_register->isReadOnly()
                       ? tr("%1 (read-only) — %2").arg(name, QLatin1String(app::kName))
                       : tr("%1 — %2").arg(name, QLatin1String(app::kName)));
    m_overview->show(*m_register);
}

void MainWindow::chooseSaveAsPath()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save register as"), QFileInfo(m_register->path()).absolutePath(),
        tr("Registers (*.%1)").arg(QLatin1String(app::kRegisterSuffix)));
    if (!path.isEmpty()) {
        saveAs(path);
    }
}

bool MainWindow::saveAs(const QString& path)
{
    try {
        m_register->saveAs(path);
    } catch (const storage::RegisterError& error) {
        QMessageBox::warning(this, tr("Not saved"), error.message());
        return false;
    }
    refresh();
    statusBar()->showMessage(tr("Saved as %1").arg(path), 5000);
    return true;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About %1").arg(QLatin1String(app::kName)),
                       tr("<b>%1</b> %2<br>Keeps the privacy register (AVG) of a small IT firm."
                          "<br>Licensed under the EUPL-1.2.")
                           .arg(QLatin1String(app::kName), QLatin1String(app::kVersion)));
}

} // namespace pr::gui
