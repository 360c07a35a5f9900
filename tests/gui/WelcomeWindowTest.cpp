#include "gui/WelcomeWindow.h"

#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using pr::gui::WelcomeWindow;

TEST_CASE("The welcome screen lists recent registers and opens the chosen one", "[gui][welcome]")
{
    QTemporaryDir dir;
    const QString present = dir.filePath(QStringLiteral("kantoor.prreg"));
    QFile(present).open(QIODevice::WriteOnly);
    const QString missing = dir.filePath(QStringLiteral("weg.prreg"));

    WelcomeWindow welcome;
    welcome.setRecentFiles({present, missing});
    welcome.show();
    auto* list = welcome.findChild<QListWidget*>(QStringLiteral("recentList"));
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("kantoor.prreg")));
    CHECK_FALSE(list->item(1)->flags().testFlag(Qt::ItemIsEnabled));
    CHECK(list->item(1)->text().contains(QStringLiteral("not found")));

    QSignalSpy open(&welcome, &WelcomeWindow::openRequested);
    QTest::mouseClick(welcome.findChild<QPushButton*>(QStringLiteral("openRecentButton")),
                      Qt::LeftButton);
    REQUIRE(open.count() == 1);
    CHECK(open.at(0).at(0).toString() == present);
}

TEST_CASE("Without recent registers the welcome screen shows only new and open", "[gui][welcome]")
{
    WelcomeWindow welcome;
    welcome.setRecentFiles({});
    welcome.show();
    CHECK_FALSE(welcome.findChild<QListWidget*>(QStringLiteral("recentList"))->isVisible());
    QSignalSpy create(&welcome, &WelcomeWindow::newRegisterRequested);
    QTest::mouseClick(welcome.findChild<QPushButton*>(QStringLiteral("newButton")), Qt::LeftButton);
    CHECK(create.count() == 1);
}
