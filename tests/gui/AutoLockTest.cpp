#include "GuiTestSupport.h"
#include "core/settings/AppSettings.h"
#include "gui/DesktopController.h"
#include "gui/UnlockDialog.h"
#include "gui/WelcomeWindow.h"
#include "gui/lock/IdleWatcher.h"
#include "gui/lock/ScreenLockMonitor.h"
#include "gui/pages/RecordListPage.h"
#include "gui/pages/SectionPages.h"
#include "storage/repositories/RequestRepository.h"
#include "storage/repositories/SecurityMeasureRepository.h"

#include <QLineEdit>
#include <QSignalSpy>

using pr::core::EntityKind;
using pr::gui::DesktopController;
using pr::gui::MainWindow;
using pr::gui::Section;

namespace {

struct Desktop {
    pr::test::DemoRegister demo;
    QTemporaryDir settingsFolder;
    pr::core::AppSettings settings{settingsFolder.filePath(QStringLiteral("settings.ini"))};
    pr::core::FixedClock clock{pr::test::demoNow()};
    DesktopController controller{settings, clock};

    MainWindow& open()
    {
        controller.showRegister(demo.open());
        REQUIRE(controller.mainWindow() != nullptr);
        REQUIRE(QTest::qWaitForWindowExposed(controller.mainWindow()));
        return *controller.mainWindow();
    }
};

void unlock(pr::gui::UnlockDialog& dialog)
{
    auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    REQUIRE(edit != nullptr);
    QTest::keyClicks(edit, QString::fromLatin1(pr::test::kPassword.data(),
                                               static_cast<qsizetype>(pr::test::kPassword.size())));
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

TEST_CASE("Idle, the register locks and unlocks where the user was", "[gui][lock]")
{
    Desktop desktop;
    MainWindow& window = desktop.open();
    window.setGeometry(60, 50, 1020, 640);
    const auto requests = pr::storage::RequestRepository::all(window.currentRegister().database());
    REQUIRE(requests.size() > 2);
    const pr::core::DataSubjectRequest& chosen = requests.at(1);
    REQUIRE(window.showRecord(EntityKind::DataSubjectRequest, chosen.id));
    pr::gui::RecordListPage* page = window.pages().currentListPage();
    pr::test::type(page->searchField(), chosen.reference);
    REQUIRE(page->currentId() == chosen.id);
    const QRect geometry = window.geometry();

    // Ten minutes by default; the test ends the countdown instead of waiting for it.
    REQUIRE(desktop.controller.idleWatcher()->timeout() == 10 * 60 * 1000);
    REQUIRE(desktop.controller.idleWatcher()->isRunning());
    const QPointer<MainWindow> watched(&window);
    desktop.controller.idleWatcher()->expire();

    CHECK(watched.isNull());
    CHECK(desktop.controller.mainWindow() == nullptr);
    // The register is closed: its lock is released, so another can open it read-write.
    CHECK_NOTHROW(desktop.demo.open().reset());
    pr::gui::UnlockDialog* dialog = desktop.controller.relockDialog();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    CHECK(dialog->path() == desktop.demo.path());
    CHECK_FALSE(desktop.controller.welcomeWindow()->isVisible());

    unlock(*dialog);
    MainWindow* again = desktop.controller.mainWindow();
    REQUIRE(again != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(again));
    CHECK(again->currentSection() == Section::Requests);
    pr::gui::RecordListPage* pageAgain = again->pages().currentListPage();
    REQUIRE(pageAgain != nullptr);
    CHECK(pageAgain->section().kind == EntityKind::DataSubjectRequest);
    CHECK(pageAgain->currentId() == chosen.id);
    CHECK(pageAgain->searchField()->text() == chosen.reference);
    CHECK(again->geometry().size() == geometry.size());
    CHECK(desktop.controller.idleWatcher()->isRunning());
}

TEST_CASE("Cancelling the unlock after a lock goes back to the welcome screen", "[gui][lock]")
{
    Desktop desktop;
    desktop.open();
    REQUIRE(desktop.controller.lockRegister());
    pr::gui::UnlockDialog* dialog = desktop.controller.relockDialog();
    REQUIRE(dialog != nullptr);
    dialog->reject();
    CHECK(desktop.controller.mainWindow() == nullptr);
    CHECK(desktop.controller.welcomeWindow()->isVisible());
}

TEST_CASE("A screen lock reported by the desktop locks the register", "[gui][lock]")
{
    Desktop desktop;
    const QPointer<MainWindow> watched(&desktop.open());
    desktop.controller.screenLockMonitor()->onScreenSaverActiveChanged(false); // unlocking
    CHECK_FALSE(watched.isNull());
    desktop.controller.screenLockMonitor()->onScreenSaverActiveChanged(true);
    CHECK(watched.isNull());
    CHECK(desktop.controller.relockDialog() != nullptr);
}

TEST_CASE("A register with an unsaved change does not lock while saving fails", "[gui][lock]")
{
    Desktop desktop;
    MainWindow& window = desktop.open();
    const auto measures =
        pr::storage::SecurityMeasureRepository::all(window.currentRegister().database());
    REQUIRE_FALSE(measures.isEmpty());
    REQUIRE(window.showRecord(EntityKind::SecurityMeasure, measures.first().id));
    // Another program changed the file: saving over it would lose that, so every save fails.
    {
        QFile file(desktop.demo.path());
        REQUIRE(file.open(QIODevice::Append));
        file.write("x");
    }
    window.toggleMeasureStatus();
    pr::test::answer(pr::test::openMessage(window), QMessageBox::AcceptRole);
    REQUIRE(window.currentRegister().hasUnsavedChanges());

    const QPointer<MainWindow> watched(&window);
    desktop.controller.idleWatcher()->expire();
    CHECK_FALSE(watched.isNull());
    CHECK(desktop.controller.relockDialog() == nullptr);
    QMessageBox* warning = pr::test::openMessage(window);
    REQUIRE(warning != nullptr);
    CHECK(warning->windowTitle() == QStringLiteral("Not saved"));
    // It tries again after the next idle time.
    CHECK(desktop.controller.idleWatcher()->isRunning());
}

TEST_CASE("Input restarts the idle countdown; 0 minutes never locks", "[gui][lock]")
{
    pr::gui::IdleWatcher watcher;
    QSignalSpy idle(&watcher, &pr::gui::IdleWatcher::idle);
    watcher.setTimeout(0);
    watcher.start();
    CHECK_FALSE(watcher.isRunning());
    watcher.expire();
    CHECK(idle.count() == 0);

    watcher.setTimeout(60 * 1000);
    watcher.start();
    CHECK(watcher.isRunning());
    QWidget widget;
    widget.show();
    const int before = watcher.timeout();
    QTest::keyClick(&widget, Qt::Key_A);
    CHECK(watcher.isRunning());
    CHECK(before == watcher.timeout());
    watcher.expire();
    CHECK(idle.count() == 1);
    CHECK_FALSE(watcher.isRunning());
    watcher.expire(); // once only, until started again
    CHECK(idle.count() == 1);
}

TEST_CASE("The logind session path is escaped as systemd does", "[gui][lock]")
{
    CHECK(pr::gui::ScreenLockMonitor::logindSessionPath(QStringLiteral("2")) ==
          QStringLiteral("/org/freedesktop/login1/session/_32"));
    CHECK(pr::gui::ScreenLockMonitor::logindSessionPath(QStringLiteral("c12")) ==
          QStringLiteral("/org/freedesktop/login1/session/c12"));
    CHECK(pr::gui::ScreenLockMonitor::logindSessionPath(QStringLiteral("a-b")) ==
          QStringLiteral("/org/freedesktop/login1/session/a_2db"));
}
