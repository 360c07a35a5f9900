#include "GuiTestSupport.h"
#include "gui/models/RecordTableModel.h"
#include "gui/pages/DetailPane.h"
#include "gui/pages/RecordListPage.h"
#include "gui/pages/SectionPages.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

#include <catch2/catch.hpp>

using pr::gui::RecordListPage;
using pr::gui::Section;

namespace {

QStringList column(const QTableView& table, int col)
{
    QStringList texts;
    for (int row = 0; row < table.model()->rowCount(); ++row) {
        texts << table.model()->index(row, col).data().toString();
    }
    return texts;
}

RecordListPage* open(pr::test::DemoWindow& window, Section section)
{
    window->showSection(section);
    RecordListPage* page = window->pages().currentListPage();
    REQUIRE(page != nullptr);
    return page;
}

QString countText(const RecordListPage& page)
{
    auto* label = page.findChild<QLabel*>(QStringLiteral("countLabel"));
    REQUIRE(label != nullptr);
    return label->text();
}

} // namespace

TEST_CASE("Typing in the search narrows the list as you type, ignoring case", "[gui][list]")
{
    pr::test::DemoWindow window;
    RecordListPage* page = open(window, Section::Activities);
    QTableView* table = page->table();
    REQUIRE(table->model()->rowCount() == 15);
    CHECK(countText(*page) == QStringLiteral("15 item(s)"));

    QTest::keyClicks(page->searchField(), QStringLiteral("beheer"));
    // "Beheer op afstand", "Beheer van Microsoft 365" and "Werkplekbeheer": a word inside a
    // name counts too.
    const QStringList names = column(*table, 0);
    CHECK(names.contains(QStringLiteral("Beheer op afstand")));
    CHECK(names.contains(QStringLiteral("Beheer van Microsoft 365")));
    CHECK(names.contains(QStringLiteral("Werkplekbeheer")));
    CHECK_FALSE(names.contains(QStringLiteral("Nieuwsbrief")));
    CHECK(countText(*page) == QStringLiteral("%1 of 15 shown").arg(names.size()));

    // More words narrow further, in any order.
    QTest::keyClicks(page->searchField(), QStringLiteral(" AFSTAND"));
    CHECK(column(*table, 0) == QStringList{QStringLiteral("Beheer op afstand")});

    // Clearing the search shows everything again.
    page->searchField()->clear();
    CHECK(table->model()->rowCount() == 15);
}

TEST_CASE("Search ignores accents and looks in every visible column", "[gui][list]")
{
    pr::test::DemoWindow window;
    RecordListPage* page = open(window, Section::Measures);
    // The group is a column of its own, not part of the title.
    QTest::keyClicks(page->searchField(), QStringLiteral("organisational"));
    CHECK(page->table()->model()->rowCount() == 8);

    page->searchField()->clear();
    // An accent more or less does not matter: "plánned" finds the two planned measures.
    pr::test::type(page->searchField(), QStringLiteral("plánned"));
    CHECK(page->table()->model()->rowCount() == 2);
}

TEST_CASE("Clicking a column header sorts by it, dates as dates", "[gui][list]")
{
    pr::test::DemoWindow window;
    RecordListPage* page = open(window, Section::Requests);
    QTableView* table = page->table();
    // Newest first at the start.
    CHECK(column(*table, 0).first() == QStringLiteral("VZ-2026-11"));

    QHeaderView* header = table->horizontalHeader();
    const auto clickHeader = [&](int section) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(section) + 5, 5));
    };
    clickHeader(0);
    CHECK(header->sortIndicatorSection() == 0);
    QStringList references = column(*table, 0);
    QStringList sorted = references;
    std::sort(sorted.begin(), sorted.end());
    const bool ascending = references == sorted;
    std::reverse(sorted.begin(), sorted.end());
    CHECK((ascending || references == sorted));

    // "Received" sorts by date: 19-11-2026 after 01-06-2026 although "01" < "19" < "31".
    clickHeader(1);
    clickHeader(1);
    const QStringList received = column(*table, 1);
    const auto dateAt = [&](int row) {
        return table->model()->index(row, 1).data(pr::gui::RecordTableModel::SortRole).toDate();
    };
    for (int row = 1; row < received.size(); ++row) {
        if (header->sortIndicatorOrder() == Qt::AscendingOrder) {
            CHECK(dateAt(row - 1) <= dateAt(row));
        } else {
            CHECK(dateAt(row - 1) >= dateAt(row));
        }
    }
    CHECK(dateAt(0) != dateAt(received.size() - 1));
}

TEST_CASE("Selecting a row shows the record's details beside the list", "[gui][list]")
{
    pr::test::DemoWindow window;
    RecordListPage* page = open(window, Section::Requests);
    REQUIRE(page->selectRecord(5));
    pr::gui::DetailPane* details = page->detailPane();
    CHECK(details->title() == QStringLiteral("Request VZ-2026-05"));
    CHECK(details->value(QStringLiteral("Status")) == QStringLiteral("In progress"));
    // Both deadlines of the open request: four weeks promised, one month by law.
    CHECK(details->value(QStringLiteral("Deadlines")).contains(QStringLiteral("16")));
    CHECK(details->value(QStringLiteral("Deadlines")).contains(QStringLiteral("19")));

    // A search that hides the selected record leaves it; the pane follows the selection.
    QTest::keyClicks(page->searchField(), QStringLiteral("Hoekstra"));
    CHECK(page->table()->model()->rowCount() == 1);
    CHECK(page->currentId() != 5);
    CHECK(details->title() != QStringLiteral("Request VZ-2026-05"));
    CHECK((page->currentId() == 0) == details->title().isEmpty());
    // Selecting it again clears the search.
    REQUIRE(page->selectRecord(5));
    CHECK(page->searchField()->text().isEmpty());
    CHECK(page->currentId() == 5);
}
