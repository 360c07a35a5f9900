#include "gui/WelcomeWindow.h"

#include "core/AppInfo.h"
#include "gui/signing/SignatureCheckDialog.h"
#include "ui_WelcomeWindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QListWidgetItem>

namespace pr::gui {

WelcomeWindow::WelcomeWindow(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WelcomeWindow>())
{
    m_ui->setupUi(this);
    setWindowTitle(QLatin1String(app::kName));
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.8);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);

    connect(m_ui->newButton, &QPushButton::clicked, this, &WelcomeWindow::newRegisterRequested);
    connect(m_ui->openButton, &QPushButton::clicked, this, &WelcomeWindow::chooseFileRequested);
    connect(m_ui->openRecentButton, &QPushButton::clicked, this, &WelcomeWindow::openSelected);
    connect(m_ui->settingsButton, &QPushButton::clicked, this, &WelcomeWindow::settingsRequested);
    connect(m_ui->checkSignatureButton, &QPushButton::clicked, this,
            [this] { SignatureCheckDialog::chooseAndShow(this); });
    auto* settings = new QAction(this);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(settings, &QAction::triggered, this, &WelcomeWindow::settingsRequested);
    addAction(settings);
    connect(m_ui->recentList, &QListWidget::itemActivated, this, &WelcomeWindow::openSelected);
    connect(m_ui->recentList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_ui->openRecentButton->setEnabled(row >= 0); });
}

WelcomeWindow::~WelcomeWindow() = default;

void WelcomeWindow::setRecentFiles(const QStringList& paths)
{
    m_ui->recentList->clear();
    for (const QString& path : paths) {
        const QFileInfo info(path);
        QString text = QStringLiteral("%1 — %2").arg(info.fileName(),
                                                     QDir::toNativeSeparators(info.absolutePath()));
        auto* item = new QListWidgetItem(m_ui->recentList);
        if (!info.exists()) {
            text += QLatin1Char(' ') + tr("(not found)");
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        }
        item->setText(text);
        item->setData(Qt::UserRole, path);
    }
    const bool any = m_ui->recentList->count() > 0;
    m_ui->recentList->setVisible(any);
    m_ui->recentLabel->setVisible(any);
    m_ui->openRecentButton->setVisible(any);
    if (any && (m_ui->recentList->item(0)->flags() & Qt::ItemIsEnabled)) {
        m_ui->recentList->setCurrentRow(0);
    }
    m_ui->openRecentButton->setEnabled(m_ui->recentList->currentRow() >= 0);
}

void WelcomeWindow::closeEvent(QCloseEvent* event)
{
    QWidget::closeEvent(event);
    Q_EMIT closed();
}

void WelcomeWindow::openSelected()
{
    const QListWidgetItem* item = m_ui->recentList->currentItem();
    if (item != nullptr && (item->flags() & Qt::ItemIsEnabled)) {
        Q_EMIT openRequested(item->data(Qt::UserRole).toString());
    }
}

} // namespace pr::gui
