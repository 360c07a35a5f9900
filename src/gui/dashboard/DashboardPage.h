#pragma once

#include "core/calendar/Period.h"
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

namespace pr::core {
class Clock;
}

namespace pr::storage {
class Register;
}

namespace pr::gui {

class CountTile;

// The overview (Overzicht): what needs attention now, most urgent first, and how many records
// each part of the register holds. Each warning and each count leads to its records. The
// rules are core::dashboardWarnings(); this page reads the records and shows the result, and
// reads them again every minute so that a breach's clock keeps running.
class DashboardPage : public QWidget {
    Q_OBJECT

public:
    DashboardPage(const storage::Register& reg, const core::Clock& clock,
                  const core::Period& promisedAnswerPeriod, QWidget* parent = nullptr);
    ~DashboardPage() override;

    void refresh();
    // The firm's promised answer period changed (settings): the warnings are computed again.
    void setPromisedAnswerPeriod(const core::Period& period);

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
    const storage::Register& m_register;
    const core::Clock& m_clock;
    core::Period m_promise;
    QList<core::DashboardWarning> m_warnings;
    QHash<core::EntityKind, CountTile*> m_tiles;
    QTimer* m_timer;
};

} // namespace pr::gui
