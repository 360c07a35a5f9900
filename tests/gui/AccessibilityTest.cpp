#include "GuiTestSupport.h"
#include "gui/SectionNames.h"
#include "gui/pages/RecordListPage.h"
#include "gui/pages/SectionPages.h"

#include <QAccessible>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>

#include <catch2/catch.hpp>

using pr::gui::Section;

// Every control a keyboard or screen-reader user can reach has a name that assistive
// technology reads: its accessible name, its text, or the label whose buddy it is (Qt derives
// the accessible name from all three).

namespace {

// The visible controls of WINDOW that take focus and have no accessible name.
QStringList unnamedControls(QWidget& window)
{
    QStringList unnamed;
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus) {
            continue;
        }
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name =
            accessible != nullptr ? accessible->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty()) {
            unnamed << QStringLiteral("%1 %2").arg(
                QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
        }
    }
    return unnamed;
}

} // namespace

TEST_CASE("No control of any section lacks an accessible name", "[gui][accessibility]")
{
    pr::test::DemoWindow window;
    for (const Section section : pr::gui::allSections()) {
        window->showSection(section);
        // With a record selected, so that the detail pane and its buttons are there too.
        if (pr::gui::RecordListPage* page = window->pages().currentListPage()) {
            page->table()->selectRow(0);
        }
        CAPTURE(pr::gui::sectionTitle(section));
        CHECK(unnamedControls(*window) == QStringList());
    }
    window->showSection(Section::ClientsAndAgreements);
    window->pages().clientTabs()->setCurrentIndex(1);
    window->pages().currentListPage()->table()->selectRow(0);
    CHECK(unnamedControls(*window) == QStringList());
}

TEST_CASE("The test finds a control without a name", "[gui][accessibility]")
{
    // The check above must be able to fail: a bare line edit has no name.
    pr::test::DemoWindow window;
    window->showSection(Section::Activities);
    auto* bare = new QLineEdit(window->pages().currentListPage());
    bare->setObjectName(QStringLiteral("bare"));
    bare->show();
    CHECK(unnamedControls(*window).contains(QStringLiteral("QLineEdit bare")));
}

TEST_CASE("Every menu action has a shortcut or a mnemonic", "[gui][accessibility]")
{
    pr::test::DemoWindow window;
    for (QAction* action : window->findChildren<QAction*>()) {
        if (action->isSeparator() || action->text().isEmpty()) {
            continue;
        }
        CAPTURE(action->text());
        CHECK((action->text().contains(u'&') || !action->shortcut().isEmpty()));
    }
}
