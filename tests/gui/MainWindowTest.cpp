#include "gui/MainWindow.h"

#include "GuiTestSupport.h"
#include "gui/SectionNames.h"
#include "gui/pages/DetailPane.h"
#include "gui/pages/OrganisationView.h"
#include "gui/pages/RecordListPage.h"
#include "gui/pages/SectionPages.h"
#include "support/TestSettings.h"

#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace pr::storage;
using pr::gui::MainWindow;
using pr::gui::Section;

namespace {
std::unique_ptr<Register> makeRegister(const QTemporaryDir& dir,
                                       OpenMode mode = OpenMode::ReadWrite)
{
    const QString path = dir.filePath(QStringLiteral("overzicht.prreg"));
    if (!QFileInfo::exists(path)) {
        Register::create(path, pr::test::password(), QStringLiteral("Overzicht & Zonen B.V."),
                         pr::test::fastOptions())
            .reset();
    }
    return Register::open(path, pr::test::password(), mode, pr::test::fastOptions());
}

const pr::core::FixedClock g_clock(pr::test::demoNow());
} // namespace

TEST_CASE("The title shows the register and that it is saved", "[gui][main]")
{
    QTemporaryDir dir;
    auto* window = new MainWindow(makeRegister(dir), g_clock, pr::test::testSettings());
    CHECK(window->windowTitle() == QStringLiteral("overzicht.prreg (saved) — Privacyregister"));
    CHECK(window->currentSection() == Section::Overview);
    delete window;
}

TEST_CASE("A read-only register says so in the title", "[gui][main]")
{
    QTemporaryDir dir;
    makeRegister(dir).reset();
    auto* window =
        new MainWindow(makeRegister(dir, OpenMode::ReadOnly), g_clock, pr::test::testSettings());
    CHECK(window->windowTitle().contains(QStringLiteral("read-only")));
    delete window;
}

TEST_CASE("Save as moves the work to the new file, writable", "[gui][main]")
{
    QTemporaryDir dir;
    makeRegister(dir).reset();
    auto* window =
        new MainWindow(makeRegister(dir, OpenMode::ReadOnly), g_clock, pr::test::testSettings());
    const QString target = dir.filePath(QStringLiteral("kopie.prreg"));
    REQUIRE(window->saveAs(target));
    CHECK(window->currentRegister().path() == target);
    CHECK_FALSE(window->currentRegister().isReadOnly());
    CHECK(window->windowTitle().startsWith(QStringLiteral("kopie.prreg (saved)")));
    delete window;
    CHECK_NOTHROW(
        Register::open(target, pr::test::password(), OpenMode::ReadOnly, pr::test::fastOptions()));
}

TEST_CASE("The navigation lists every section and opens each on the demo register",
          "[gui][main][navigation]")
{
    pr::test::DemoWindow window;
    auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigationList"));
    REQUIRE(navigation != nullptr);
    const QStringList expected{
        QStringLiteral("Overview"),
        QStringLiteral("Processing activities"),
        QStringLiteral("Security measures"),
        QStringLiteral("Sub-processors"),
        QStringLiteral("Clients and agreements"),
        QStringLiteral("Requests of data subjects"),
        QStringLiteral("Data breaches"),
        QStringLiteral("Documents"),
        QStringLiteral("Organisation"),
        QStringLiteral("Audit trail"),
    };
    REQUIRE(navigation->count() == expected.size());
    for (int row = 0; row < navigation->count(); ++row) {
        CHECK(navigation->item(row)->text() == expected[row]);
    }

    // The number of records the demo holds in each list.
    const QList<std::pair<Section, int>> lists{
        {Section::Activities, 15},          {Section::Measures, 30}, {Section::SubProcessors, 6},
        {Section::ClientsAndAgreements, 4}, {Section::Requests, 12}, {Section::Breaches, 3},
    };
    for (const auto& [section, count] : lists) {
        CAPTURE(pr::gui::sectionTitle(section));
        navigation->setCurrentRow(static_cast<int>(pr::gui::allSections().indexOf(section)));
        CHECK(window->currentSection() == section);
        pr::gui::RecordListPage* page = window->pages().currentListPage();
        REQUIRE(page != nullptr);
        CHECK(page->isVisible());
        CHECK(page->table()->model()->rowCount() == count);
        CHECK(page->detailPane()->title().isEmpty()); // nothing selected yet
        page->table()->selectRow(0);
        CHECK_FALSE(page->detailPane()->title().isEmpty());
    }

    window->showSection(Section::ClientsAndAgreements);
    window->pages().clientTabs()->setCurrentIndex(1);
    CHECK(window->pages().currentListPage()->table()->model()->rowCount() == 4);

    window->showSection(Section::Organisation);
    CHECK(window->pages().currentListPage() == nullptr);
    CHECK(window->pages().organisationView()->profilePane()->title() ==
          QStringLiteral("Voorbeeld IT-beheer B.V."));
    CHECK(window->pages().organisationView()->profilePane()->value(QStringLiteral("KvK number")) ==
          QStringLiteral("99887766"));

    window->showSection(Section::AuditTrail);
    // The demo's import recorded one entry per record (and the organisation's profile).
    CHECK(window->pages().currentListPage()->table()->model()->rowCount() > 70);
    CHECK(navigation->currentRow() == 9);
}

TEST_CASE("Ctrl+1 to Ctrl+0 open the sections, Ctrl+F the search of the list in view",
          "[gui][main][keyboard]")
{
    pr::test::DemoWindow window;
    REQUIRE(QTest::qWaitForWindowActive(&*window));
    QTest::keyClick(&*window, Qt::Key_3, Qt::ControlModifier);
    CHECK(window->currentSection() == Section::Measures);
    QTest::keyClick(&*window, Qt::Key_F, Qt::ControlModifier);
    pr::gui::RecordListPage* page = window->pages().currentListPage();
    CHECK(QApplication::focusWidget() == static_cast<QWidget*>(page->searchField()));
    QTest::keyClick(&*window, Qt::Key_0, Qt::ControlModifier);
    CHECK(window->currentSection() == Section::AuditTrail);
    QTest::keyClick(&*window, Qt::Key_1, Qt::ControlModifier);
    CHECK(window->currentSection() == Section::Overview);
}

TEST_CASE("Tab goes from the navigation to the search, the list and the details",
          "[gui][main][keyboard]")
{
    pr::test::DemoWindow window;
    REQUIRE(QTest::qWaitForWindowActive(&*window));
    window->showSection(Section::Activities);
    auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigationList"));
    navigation->setFocus();
    pr::gui::RecordListPage* page = window->pages().currentListPage();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == static_cast<QWidget*>(page->searchField()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == page->table());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == page->detailPane());
}
