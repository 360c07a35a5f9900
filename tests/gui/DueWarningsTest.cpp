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
    // In the words and units of the overview and `due`.
    CHECK(overdue ==
          QStringList{QStringLiteral("5 day(s) overdue"), QStringLiteral("11 day(s) overdue")});
    CHECK(soon == QStringList{QStringLiteral("6 day(s) left"), QStringLiteral("4 day(s) left")});
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
    // the AP runs with 60 hours left, two whole days.
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
          QStringList{QStringLiteral("Report to the AP: 2 day(s) left")});
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
    const pr::gui::DueNotice notice(empty);
    CHECK(notice.text().isEmpty());
    CHECK(notice.banner() == nullptr);
    CHECK(notice.trayIcon() == nullptr);
}

namespace {

// Adds to REG a breach discovered so that HOURSLEFT of its clock remain at the demo's moment:
// the AP's 72 hours for our own data (CLIENTID 0), the client's window otherwise.
void addBreach(pr::storage::Register& reg, const QString& reference, const QDateTime& discovered,
               qint64 clientId = 0)
{
    const pr::core::FixedClock clock(pr::test::demoNow());
    reg.write([&](pr::storage::SqliteDatabase& db) {
        pr::core::Breach breach;
        breach.reference = reference;
        breach.discoveredAt = discovered;
        breach.description = QStringLiteral("Laptop kwijt");
        breach.clientId = clientId;
        pr::storage::BreachRepository::insert(
            db, pr::storage::AuditContext{clock, QStringLiteral("eigenaar")}, breach);
    });
}

QString bannerText(pr::gui::MainWindow& window)
{
    auto* notice = window.findChild<pr::gui::DueNotice*>();
    REQUIRE(notice != nullptr);
    REQUIRE(notice->banner() != nullptr);
    auto* label = notice->banner()->findChild<QLabel*>(QStringLiteral("dueBannerText"));
    REQUIRE(label != nullptr);
    CHECK(label->text().contains(notice->text().toHtmlEscaped()));
    return notice->text();
}

} // namespace

TEST_CASE("The banner says breach clocks due in hours in hours, not within 7 days", "[gui][due]")
{
    pr::test::DemoRegister demo;
    {
        const auto reg = demo.open();
        // 72 hours from discovery: 21 and 69 hours left at the demo's moment.
        addBreach(*reg, QStringLiteral("DL-2026-04"), pr::test::demoNow().addSecs(-51 * 3600));
        addBreach(*reg, QStringLiteral("DL-2026-05"), pr::test::demoNow().addSecs(-3 * 3600));
    }
    QTemporaryDir settingsFolder;
    pr::core::AppSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")));
    const pr::core::FixedClock clock(pr::test::demoNow());
    pr::gui::DesktopController controller(settings, clock);
    controller.showRegister(demo.open());
    REQUIRE(controller.mainWindow() != nullptr);

    const QString text = bannerText(*controller.mainWindow());
    CHECK(text.contains(QStringLiteral("2 breach notification deadline(s) run(s) out within 3 "
                                       "day(s), the first in 21 hour(s).")));
    CHECK_FALSE(text.contains(QStringLiteral("7 days")));
    // The demo's two late requests, and its two due within the week (in 4 and 6 days).
    CHECK(text.startsWith(QStringLiteral("2 deadline(s) overdue.")));
    CHECK(text.endsWith(QStringLiteral("2 request(s) must be answered within 6 day(s).")));
}

TEST_CASE("The banner counts a processor's breach once, by its client's window", "[gui][due]")
{
    pr::test::DemoRegister demo;
    {
        // Client 1 of the demo has a 24-hour window; the breach was found 3 hours ago and the
        // report to the AP is left open, as it is the client's to make.
        const auto reg = demo.open();
        addBreach(*reg, QStringLiteral("DL-2026-04"), pr::test::demoNow().addSecs(-3 * 3600), 1);
    }
    QTemporaryDir settingsFolder;
    pr::core::AppSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")));
    const pr::core::FixedClock clock(pr::test::demoNow());
    pr::gui::DesktopController controller(settings, clock);
    controller.showRegister(demo.open());
    REQUIRE(controller.mainWindow() != nullptr);
    CHECK(bannerText(*controller.mainWindow())
              .contains(
                  QStringLiteral("1 breach notification deadline(s) run(s) out in 21 hour(s).")));
}
