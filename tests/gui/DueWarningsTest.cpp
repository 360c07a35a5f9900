#include "GuiTestSupport.h"
#include "core/settings/AppSettings.h"
#include "gui/DesktopController.h"
#include "gui/WelcomeWindow.h"
#include "gui/models/RecordTableModel.h"
#include "gui/notify/DueNotice.h"
#include "gui/pages/RecordListPage.h"
#include "gui/pages/SectionPages.h"
#include "storage/repositories/BreachRepository.h"
#include "support/TestSettings.h"

#include <QLabel>
#include <QTableView>
#include <QToolBar>

using pr::core::EntityKind;
using pr::gui::RecordListPage;
using pr::gui::RecordTableModel;
using pr::gui::RowAttention;
using pr::gui::Section;

namespace {

// The rows of PAGE's list by attention: the texts of column COLUMN for each row marked so.
QStringList markedRows(const RecordListPage& page, RowAttention attention, int column)
{
    QStringList texts;
    const QAbstractItemModel* model = page.table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data(RecordTableModel::AttentionRole).toInt() == static_cast<int>(attention)) {
            texts << index.data().toString();
        }
    }
    return texts;
}

int columnOf(const RecordListPage& page, const QString& header)
{
    const int column = static_cast<int>(page.section().headers.indexOf(header));
    REQUIRE(column >= 0);
    return column;
}

} // namespace

TEST_CASE("The request list marks overdue and near deadlines in colour and words", "[gui][due]")
{
    pr::test::DemoWindow window;
    window->showSection(Section::Requests);
    RecordListPage* page = window->pages().currentListPage();
    REQUIRE(page != nullptr);
    const int deadline = columnOf(*page, QStringLiteral("Deadline"));

    // On 21-11-2026 the demo has two requests overdue and two due within the week.
    const QStringList overdue = markedRows(*page, RowAttention::Overdue, deadline);
    const QStringList soon = markedRows(*page, RowAttention::Soon, deadline);
    REQUIRE(overdue.size() == 2);
    REQUIRE(soon.size() == 2);
    for (const QString& text : overdue) {
        CHECK(text.startsWith(QStringLiteral("Overdue (")));
    }
    for (const QString& text : soon) {
        CHECK((text.startsWith(QStringLiteral("Within ")) || text == QStringLiteral("Due today")));
    }
    // Colour and icon too, not only the words.
    const QAbstractItemModel* model = page->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex first = model->index(row, 0);
        const bool marked = first.data(RecordTableModel::AttentionRole).toInt() !=
                            static_cast<int>(RowAttention::None);
        CHECK(first.data(Qt::BackgroundRole).isValid() == marked);
        CHECK(first.data(Qt::DecorationRole).isValid() == marked);
    }

    // A week later, by the same clock the window reads, more is overdue.
    window.clock().set(pr::test::demoNow().addDays(7));
    page->reload();
    CHECK(markedRows(*page, RowAttention::Overdue, deadline).size() > 2);
}

TEST_CASE("The breach list shows the running 72-hour clock", "[gui][due]")
{
    // A breach discovered twelve hours before the demo's moment, not decided yet: its clock to
    // the AP runs with 60 hours left.
    pr::test::DemoWindow window(pr::storage::OpenMode::ReadWrite, [](pr::storage::Register& reg) {
        const pr::core::FixedClock clock(pr::test::demoNow());
        reg.write([&](pr::storage::SqliteDatabase& db) {
            pr::core::Breach breach;
            breach.reference = QStringLiteral("DL-2026-09");
            breach.discoveredAt = pr::test::demoNow().addSecs(-12 * 3600);
            breach.description = QStringLiteral("Laptop kwijt");
            pr::storage::BreachRepository::insert(
                db, pr::storage::AuditContext{clock, QStringLiteral("eigenaar")}, breach);
        });
    });
    window->showSection(Section::Breaches);
    RecordListPage* page = window->pages().currentListPage();
    REQUIRE(page != nullptr);
    const int clockColumn = columnOf(*page, QStringLiteral("Clock"));
    CHECK(markedRows(*page, RowAttention::Soon, clockColumn) ==
          QStringList{QStringLiteral("Report to the AP: 60 hour(s) left")});
    CHECK(markedRows(*page, RowAttention::Overdue, clockColumn).isEmpty());

    // Four days later it is overdue by 36 hours.
    window.clock().set(pr::test::demoNow().addDays(4));
    page->reload();
    CHECK(markedRows(*page, RowAttention::Overdue, clockColumn) ==
          QStringList{QStringLiteral("Report to the AP: 36 hour(s) overdue")});
}

TEST_CASE("After unlocking, a banner says what is due and leads to the overview", "[gui][due]")
{
    pr::test::DemoRegister demo;
    QTemporaryDir settingsFolder;
    pr::core::AppSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")));
    const pr::core::FixedClock clock(pr::test::demoNow());
    pr::gui::DesktopController controller(settings, clock);
    controller.showRegister(demo.open());
    pr::gui::MainWindow* window = controller.mainWindow();
    REQUIRE(window != nullptr);

    auto* notice = window->findChild<pr::gui::DueNotice*>();
    REQUIRE(notice != nullptr);
    CHECK(notice->overdue() >= 2);
    CHECK(notice->dueSoon() >= 2);
    REQUIRE(notice->banner() != nullptr);
    CHECK(notice->banner()->isVisible());
    auto* text = notice->banner()->findChild<QLabel*>(QStringLiteral("dueBannerText"));
    REQUIRE(text != nullptr);
    CHECK(text->text().contains(QStringLiteral("href")));

    window->showSection(Section::Requests);
    Q_EMIT text->linkActivated(QStringLiteral("overview"));
    CHECK(window->currentSection() == Section::Overview);
}

TEST_CASE("Nothing due, no banner", "[gui][due]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("leeg.prreg"));
    auto reg = pr::storage::Register::create(path, pr::test::password(),
                                             QStringLiteral("Leeg B.V."), pr::test::fastOptions());
    const pr::core::FixedClock clock(pr::test::demoNow());
    pr::gui::MainWindow empty(std::move(reg), clock, pr::test::testSettings());
    const pr::gui::DueNotice notice(empty, clock,
                                    pr::core::Period{4, pr::core::Period::Unit::Weeks});
    CHECK(notice.text().isEmpty());
    CHECK(notice.banner() == nullptr);
    CHECK(notice.trayIcon() == nullptr);
}
