#include "gui/MainWindow.h"

#include "support/TestRegister.h"

#include <QDir>
#include <QLabel>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace pr::storage;
using pr::gui::MainWindow;

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

// Screenshots of every main view go to the build folder, for people to look at.
void saveScreenshot(QWidget& widget, const QString& name)
{
    const QString folder = QStringLiteral(PR_BINARY_DIR "/screenshots");
    QDir().mkpath(folder);
    widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}
} // namespace

TEST_CASE("The main window shows the register and its state in the title", "[gui][main]")
{
    QTemporaryDir dir;
    auto* window = new MainWindow(makeRegister(dir));
    window->resize(800, 500);
    window->show();
    CHECK(window->windowTitle().startsWith(QStringLiteral("overzicht.prreg")));
    CHECK_FALSE(window->windowTitle().contains(QStringLiteral("read-only")));

    const auto labels = window->findChildren<QLabel*>();
    const bool showsName = std::any_of(labels.begin(), labels.end(), [](QLabel* label) {
        return label->text() == QStringLiteral("Overzicht & Zonen B.V.");
    });
    CHECK(showsName);
    auto* contents = window->findChild<QTreeWidget*>();
    REQUIRE(contents != nullptr);
    REQUIRE(contents->topLevelItemCount() == 8);
    CHECK(contents->topLevelItem(0)->text(0) == QStringLiteral("Processing activities"));
    CHECK(contents->topLevelItem(0)->text(1) == QStringLiteral("0"));
    saveScreenshot(*window, QStringLiteral("main-window-overview"));
    window->close();
}

TEST_CASE("A read-only register says so in the title", "[gui][main]")
{
    QTemporaryDir dir;
    makeRegister(dir).reset();
    auto* window = new MainWindow(makeRegister(dir, OpenMode::ReadOnly));
    CHECK(window->windowTitle().contains(QStringLiteral("read-only")));
    window->close();
}

TEST_CASE("Save as moves the work to the new file, writable", "[gui][main]")
{
    QTemporaryDir dir;
    makeRegister(dir).reset();
    auto* window = new MainWindow(makeRegister(dir, OpenMode::ReadOnly));
    const QString target = dir.filePath(QStringLiteral("kopie.prreg"));
    REQUIRE(window->saveAs(target));
    CHECK(window->currentRegister().path() == target);
    CHECK_FALSE(window->currentRegister().isReadOnly());
    CHECK(window->windowTitle().startsWith(QStringLiteral("kopie.prreg")));
    window->close();
    CHECK_NOTHROW(
        Register::open(target, pr::test::password(), OpenMode::ReadOnly, pr::test::fastOptions()));
}
