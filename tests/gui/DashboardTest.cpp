#include "GuiTestSupport.h"
#include "core/dashboard/DashboardWarning.h"
#include "gui/dashboard/CountTile.h"
#include "gui/dashboard/DashboardPage.h"
#include "gui/pages/DetailPane.h"
#include "gui/pages/RecordListPage.h"
#include "gui/pages/SectionPages.h"
#include "storage/repositories/BreachRepository.h"

#include <QLabel>
#include <QTabWidget>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using pr::core::EntityKind;
using pr::gui::DashboardPage;
using pr::gui::Section;

namespace {

// The rows of the warning list as "status | part | item".
QStringList rows(const QTreeWidget& tree)
{
    QStringList result;
    for (int row = 0; row < tree.topLevelItemCount(); ++row) {
        const QTreeWidgetItem* item = tree.topLevelItem(row);
        result << QStringLiteral("%1 | %2 | %3").arg(item->text(0), item->text(1), item->text(2));
    }
    return result;
}

QTreeWidgetItem* rowAbout(const QTreeWidget& tree, const QString& subject)
{
    for (int row = 0; row < tree.topLevelItemCount(); ++row) {
        if (tree.topLevelItem(row)->text(2) == subject) {
            return tree.topLevelItem(row);
        }
    }
    FAIL("no warning about " << subject.toStdString());
    return nullptr;
}

void click(QTreeWidget& tree, QTreeWidgetItem* item)
{
    const QRect rect = tree.visualItemRect(item);
    REQUIRE(rect.isValid());
    QTest::mouseClick(tree.viewport(), Qt::LeftButton, {}, rect.center());
}

// A breach discovered the afternoon before the demo's day, with the report to the AP still
// undecided: its 72 hours run until Monday 15:00.
void addUndecidedBreach(pr::storage::Register& reg)
{
    pr::core::Breach breach;
    breach.reference = QStringLiteral("DL-2026-04");
    breach.description = QStringLiteral("Laptop van een medewerker gestolen uit de auto.");
    breach.discoveredAt = QDateTime(QDate(2026, 11, 20), QTime(15, 0));
    const pr::core::FixedClock clock(pr::test::demoNow());
    reg.write([&](pr::storage::SqliteDatabase& db) {
        pr::storage::BreachRepository::insert(
            db, pr::storage::AuditContext{clock, QStringLiteral("eigenaar")}, breach);
    });
}

} // namespace

TEST_CASE("The overview lists what needs attention on the demo's day, most urgent first",
          "[gui][dashboard]")
{
    pr::test::DemoWindow window;
    DashboardPage* dashboard = window->pages().dashboard();
    CHECK(dashboard->isVisible());
    QTreeWidget* tree = dashboard->warningList();
    CHECK(rows(*tree) ==
          QStringList{
              QStringLiteral("11 day(s) overdue | Data subject request | "
                             "VZ-2026-06 (C. Hoekstra)"),
              QStringLiteral("5 day(s) overdue | Data subject request | VZ-2026-05 (R. Willems)"),
              QStringLiteral("4 day(s) left | Data subject request | VZ-2026-07 (I. Bos)"),
              QStringLiteral("6 day(s) left | Data subject request | VZ-2026-08 (D. Kuiper)"),
              QStringLiteral("To be signed | Data processing agreement | "
                             "Lindeboom Accountants B.V."),
              QStringLiteral("To be signed | Data processing agreement | "
                             "Stichting Buurtwerk Oostwijk"),
              QStringLiteral("To be signed | Data processing agreement | "
                             "Trapkracht Webwinkel B.V."),
          });
    // Both deadlines, in the user's notation.
    CHECK(rowAbout(*tree, QStringLiteral("VZ-2026-05 (R. Willems)"))
              ->text(3)
              .contains(QStringLiteral("16")));
    CHECK(rowAbout(*tree, QStringLiteral("VZ-2026-05 (R. Willems)"))
              ->text(3)
              .contains(QStringLiteral("19")));

    // Colour and text: each level has its own colour, and the status says it in words.
    const QColor overdue = tree->topLevelItem(0)->background(0).color();
    const QColor soon = tree->topLevelItem(2)->background(0).color();
    const QColor toDo = tree->topLevelItem(4)->background(0).color();
    CHECK(overdue != soon);
    CHECK(soon != toDo);
    CHECK(overdue != toDo);

    auto* summary = dashboard->findChild<QLabel*>(QStringLiteral("summaryLabel"));
    REQUIRE(summary != nullptr);
    CHECK(summary->text() == QStringLiteral("7 item(s) need your attention, 2 of them urgent."));

    // Counts at a glance, with what needs attention per part.
    CHECK(dashboard->tile(EntityKind::DataSubjectRequest)->countText() == QStringLiteral("12"));
    CHECK(dashboard->tile(EntityKind::DataSubjectRequest)->noteText() ==
          QStringLiteral("4 need(s) attention"));
    CHECK(dashboard->tile(EntityKind::Agreement)->noteText() ==
          QStringLiteral("3 need(s) attention"));
    CHECK(dashboard->tile(EntityKind::SecurityMeasure)->countText() == QStringLiteral("30"));
    CHECK(dashboard->tile(EntityKind::SecurityMeasure)->noteText().isEmpty());
}

TEST_CASE("Clicking a warning opens its record", "[gui][dashboard]")
{
    pr::test::DemoWindow window;
    QTreeWidget* tree = window->pages().dashboard()->warningList();

    click(*tree, rowAbout(*tree, QStringLiteral("VZ-2026-05 (R. Willems)")));
    CHECK(window->currentSection() == Section::Requests);
    pr::gui::RecordListPage* requests = window->pages().currentListPage();
    CHECK(requests->currentId() == 5);
    CHECK(requests->detailPane()->title() == QStringLiteral("Request VZ-2026-05"));

    window->showSection(Section::Overview);
    click(*tree, rowAbout(*tree, QStringLiteral("Stichting Buurtwerk Oostwijk")));
    CHECK(window->currentSection() == Section::ClientsAndAgreements);
    CHECK(window->pages().clientTabs()->currentIndex() == 1);
    pr::gui::RecordListPage* agreements = window->pages().currentListPage();
    CHECK(agreements->section().kind == EntityKind::Agreement);
    CHECK(agreements->currentId() == 3);

    // By keyboard: Enter on a warning opens it too.
    window->showSection(Section::Overview);
    tree->setFocus();
    tree->setCurrentItem(rowAbout(*tree, QStringLiteral("VZ-2026-08 (D. Kuiper)")));
    QTest::keyClick(tree, Qt::Key_Return);
    CHECK(window->currentSection() == Section::Requests);
    CHECK(window->pages().currentListPage()->currentId() == 8);
}

TEST_CASE("Clicking a count opens its part of the register", "[gui][dashboard]")
{
    pr::test::DemoWindow window;
    QTest::mouseClick(window->pages().dashboard()->tile(EntityKind::Agreement), Qt::LeftButton);
    CHECK(window->currentSection() == Section::ClientsAndAgreements);
    CHECK(window->pages().currentListPage()->section().kind == EntityKind::Agreement);
    window->showSection(Section::Overview);
    QTest::mouseClick(window->pages().dashboard()->tile(EntityKind::Breach), Qt::LeftButton);
    CHECK(window->currentSection() == Section::Breaches);
}

TEST_CASE("An undecided breach shows its 72-hour clock running out", "[gui][dashboard]")
{
    pr::test::DemoWindow window(pr::storage::OpenMode::ReadWrite, addUndecidedBreach);
    DashboardPage* dashboard = window->pages().dashboard();
    QTreeWidget* tree = dashboard->warningList();
    QTreeWidgetItem* clock = tree->topLevelItem(0);
    CHECK(clock->text(0) == QStringLiteral("2 day(s) left"));
    CHECK(clock->text(1) == QStringLiteral("Data breach"));
    CHECK(clock->text(2) == QStringLiteral("DL-2026-04"));
    CHECK(clock->text(3).contains(QStringLiteral("Autoriteit Persoonsgegevens")));
    CHECK(dashboard->tile(EntityKind::Breach)->noteText() == QStringLiteral("1 need(s) attention"));

    // The clock runs on: on Monday afternoon the 72 hours have passed.
    window.clock().set(QDateTime(QDate(2026, 11, 22), QTime(15, 30)));
    dashboard->refresh();
    CHECK(tree->topLevelItem(0)->text(0) == QStringLiteral("23 hour(s) left"));
    window.clock().set(QDateTime(QDate(2026, 11, 23), QTime(15, 30)));
    dashboard->refresh();
    CHECK(tree->topLevelItem(0)->text(0) == QStringLiteral("1 hour(s) overdue"));

    click(*tree, tree->topLevelItem(0));
    CHECK(window->currentSection() == Section::Breaches);
    CHECK(window->pages().currentListPage()->detailPane()->title() ==
          QStringLiteral("Data breach DL-2026-04"));
}

TEST_CASE("A breach of a client's data asks to tell the client, never to report to the AP",
          "[gui][dashboard]")
{
    // Client 1 of the demo has a countersigned agreement with a 24-hour window.
    pr::test::DemoWindow window(pr::storage::OpenMode::ReadWrite, [](pr::storage::Register& reg) {
        pr::core::Breach breach;
        breach.reference = QStringLiteral("DL-2026-04");
        breach.description = QStringLiteral("Back-upschijf van een klant zoekgeraakt.");
        breach.discoveredAt = QDateTime(QDate(2026, 11, 21), QTime(7, 0));
        breach.clientId = 1;
        const pr::core::FixedClock clock(pr::test::demoNow());
        reg.write([&](pr::storage::SqliteDatabase& db) {
            pr::storage::BreachRepository::insert(
                db, pr::storage::AuditContext{clock, QStringLiteral("eigenaar")}, breach);
        });
    });
    DashboardPage* dashboard = window->pages().dashboard();
    for (const pr::core::DashboardWarning& warning : dashboard->warnings()) {
        if (warning.entity == EntityKind::Breach) {
            CHECK(warning.kind == pr::core::WarningKind::BreachClientClock);
        }
    }
    QTreeWidget* tree = dashboard->warningList();
    QTreeWidgetItem* clock = tree->topLevelItem(0);
    CHECK(clock->text(0) == QStringLiteral("22 hour(s) left"));
    CHECK(clock->text(2) == QStringLiteral("DL-2026-04"));
    CHECK(clock->text(3).startsWith(QStringLiteral("Tell ")));
    CHECK(clock->text(3).contains(QStringLiteral("decides whether to report it")));
    CHECK_FALSE(clock->text(3).contains(QStringLiteral("Report it")));
    CHECK(dashboard->tile(EntityKind::Breach)->noteText() == QStringLiteral("1 need(s) attention"));

    // Past the 72 hours an AP clock would have: still only the client's, overdue.
    window.clock().set(QDateTime(QDate(2026, 11, 24), QTime(9, 0)));
    dashboard->refresh();
    CHECK(tree->topLevelItem(0)->text(0) == QStringLiteral("2 day(s) overdue"));
    CHECK(dashboard->tile(EntityKind::Breach)->noteText() == QStringLiteral("1 need(s) attention"));
}
