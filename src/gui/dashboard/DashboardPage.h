#pragma once

#include "core/dashboard/DashboardWarning.h"
#include "core/domain/EntityKind.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <memory>

class QTimer;
class QTreeWidget;

namespace Ui {
class DashboardPage;
}

namespace pr::usecases {
class UseCaseContext;
}

namespace pr::gui {

class CountTile;

// The overview (Overzicht): what needs attention now, most urgent first, and how many records
// each part of the register holds. Each warning and each count leads to its records. The
// warnings are usecases::DashboardWarningsQuery's for CONTEXT (its register, clock and
// settings, which must outlive the page); this page shows them, and asks again every minute
// so that a breach's clock keeps running, and on refresh() after a change or a new setting.
class DashboardPage : public QWidget {
    Q_OBJECT

public:
    explicit DashboardPage(const usecases::UseCaseContext& context, QWidget* parent = nullptr);
    ~DashboardPage() override;

    void refresh();

    const QList<core::DashboardWarning>& warnings() const { return m_warnings; }
    QTreeWidget* warningList() const;
    CountTile* tile(core::EntityKind kind) const { return m_tiles.value(kind); }

Q_SIGNALS:
    void recordRequested(core::EntityKind kind, qint64 id);
    void partRequested(core::EntityKind kind);

private:
    void showWarnings();
    void showCounts();
    void fitWarningList();
    void openItem(int row);

    std::unique_ptr<Ui::DashboardPage> m_ui;
    const usecases::UseCaseContext& m_context;
    QList<core::DashboardWarning> m_warnings;
    QHash<core::EntityKind, CountTile*> m_tiles;
    QTimer* m_timer;
};

} // namespace pr::gui
