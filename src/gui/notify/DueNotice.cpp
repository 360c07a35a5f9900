#include "gui/notify/DueNotice.h"

#include "core/dashboard/DueSummary.h"
#include "gui/MainWindow.h"
#include "gui/pages/SectionPages.h"
#include "usecases/due/DueItemsQuery.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QToolBar>

namespace pr::gui {

DueNotice::DueNotice(MainWindow& window)
    : QObject(&window)
{
    const core::DueItems due = usecases::DueItemsQuery::load(window.pages().context());
    m_overdue = due.count(core::DueState::Overdue);
    m_dueSoon = due.count(core::DueState::DueSoon) + due.count(core::DueState::Running);
    m_text = core::DueSummary::text(due);
    if (m_text.isEmpty()) {
        return;
    }
    showBanner(window);
    showTrayIcon(window);
}

void DueNotice::showBanner(MainWindow& window)
{
    auto* bar = new QToolBar(tr("Deadlines"), &window);
    bar->setObjectName(QStringLiteral("dueBanner"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setStyleSheet(m_overdue > 0 ? QStringLiteral("QToolBar { background: #f8d7da; }")
                                     : QStringLiteral("QToolBar { background: #fff0c2; }"));
    auto* icon = new QLabel(bar);
    const int size = bar->iconSize().height();
    icon->setPixmap(QApplication::style()
                        ->standardIcon(m_overdue > 0 ? QStyle::SP_MessageBoxCritical
                                                     : QStyle::SP_MessageBoxWarning)
                        .pixmap(size, size));
    bar->addWidget(icon);
    auto* label = new QLabel(bar);
    label->setObjectName(QStringLiteral("dueBannerText"));
    label->setTextFormat(Qt::RichText);
    label->setText(QStringLiteral("%1 <a href=\"overview\">%2</a>")
                       .arg(m_text.toHtmlEscaped(), tr("Show the overview").toHtmlEscaped()));
    label->setAccessibleName(tr("Deadlines that need attention"));
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setStyleSheet(QStringLiteral("color: #3a2a00; padding: 2px 6px;"));
    connect(label, &QLabel::linkActivated, &window,
            [&window] { window.showSection(Section::Overview); });
    bar->addWidget(label);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    QAction* hide = bar->addAction(tr("Hide"));
    hide->setToolTip(tr("Hide this notice"));
    connect(hide, &QAction::triggered, bar, &QWidget::hide);
    window.addToolBar(Qt::TopToolBarArea, bar);
    bar->show(); // added to a window that may already be shown
    m_banner = bar;
}

void DueNotice::showTrayIcon(MainWindow& window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        return;
    }
    QIcon icon = QApplication::windowIcon();
    if (icon.isNull()) {
        icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    auto* tray = new QSystemTrayIcon(icon, this);
    tray->setToolTip(m_text);
    connect(tray, &QSystemTrayIcon::activated, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
        window.showSection(Section::Overview);
    });
    tray->show();
    tray->showMessage(tr("Deadlines need attention"), m_text,
                      m_overdue > 0 ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
    m_tray = tray;
}

} // namespace pr::gui
