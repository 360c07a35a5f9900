#include "GuiTestSupport.h"
#include "gui/pages/DetailPane.h"
#include "gui/pages/RecordListPage.h"
#include "gui/pages/SectionPages.h"
#include "gui/sections/AuditSection.h"
#include "storage/audit/AuditTrail.h"
#include "storage/repositories/RequestRepository.h"
#include "storage/repositories/SecurityMeasureRepository.h"

#include <QAction>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <algorithm>

using pr::core::AuditAction;
using pr::core::EntityKind;
using pr::core::MeasureStatus;
using pr::gui::RecordListPage;
using pr::gui::Section;
using pr::storage::SecurityMeasureRepository;

// Edits go through undo commands, each one write of the register (one transaction and the
// encrypted save); undo is another write, so that both are in the audit trail.

namespace {

constexpr qint64 kFirewall = 25;            // in place, network, server and application
constexpr qint64 kRemoteAdministration = 1; // "Beheer op afstand": in agreements' Bijlage 1

QAction* menuAction(const QWidget& window, const QString& text)
{
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text().remove(u'&').startsWith(text)) {
            return action;
        }
    }
    FAIL("no action " << text.toStdString());
    return nullptr;
}

RecordListPage* selectMeasure(pr::test::DemoWindow& window, qint64 id)
{
    window->showSection(Section::Measures);
    RecordListPage* page = window->pages().currentListPage();
    REQUIRE(page->selectRecord(id));
    return page;
}

QList<AuditAction> auditActions(const pr::gui::MainWindow& window, EntityKind kind, qint64 id)
{
    QList<AuditAction> actions;
    for (const auto& entry :
         pr::storage::AuditTrail::entriesFor(window.currentRegister().database(), kind, id)) {
        actions << entry.action;
    }
    return actions;
}

// What the file on disk says, opened anew: saved means saved.
std::optional<pr::core::SecurityMeasure> measureOnDisk(const pr::test::DemoWindow& window,
                                                       qint64 id)
{
    const auto reg =
        pr::storage::Register::open(window.demo().path(), pr::test::password(),
                                    pr::storage::OpenMode::ReadOnly, pr::test::fastOptions());
    return SecurityMeasureRepository::find(reg->database(), id);
}

} // namespace

TEST_CASE("Del asks, deletes the measure, and undo brings it back", "[gui][editing]")
{
    pr::test::DemoWindow window;
    REQUIRE(QTest::qWaitForWindowActive(&*window));
    RecordListPage* page = selectMeasure(window, kFirewall);
    page->table()->setFocus();

    QTest::keyClick(page->table(), Qt::Key_Delete);
    QMessageBox* question = pr::test::openMessage(*window);
    REQUIRE(question != nullptr);
    CHECK(question->text() == QStringLiteral("Delete security measure 'Firewall'?"));

    SECTION("cancelling keeps it")
    {
        pr::test::answer(question, QMessageBox::RejectRole);
        CHECK(window->undoStack()->count() == 0);
        CHECK(measureOnDisk(window, kFirewall).has_value());
    }
    SECTION("confirming deletes it, saved; undo and redo are saved too")
    {
        pr::test::answer(question, QMessageBox::DestructiveRole);
        CHECK_FALSE(
            SecurityMeasureRepository::find(window->currentRegister().database(), kFirewall));
        CHECK_FALSE(measureOnDisk(window, kFirewall).has_value());
        CHECK(page->table()->model()->rowCount() == 29);
        CHECK(window->windowTitle().contains(QStringLiteral("(saved)")));
        QAction* undo = menuAction(*window, QStringLiteral("Undo"));
        CHECK(undo->text() == QStringLiteral("&Undo: delete security measure 'Firewall'"));

        QTest::keyClick(&*window, Qt::Key_Z, Qt::ControlModifier);
        CHECK(window->undoStack()->index() == 0);
        const auto restored = measureOnDisk(window, kFirewall);
        REQUIRE(restored.has_value());
        CHECK(restored->title == QStringLiteral("Firewall"));
        CHECK(restored->lastReviewDate == QDate(2026, 9, 15));
        CHECK(page->table()->model()->rowCount() == 30);
        CHECK(page->currentId() == kFirewall); // shown again where it was
        CHECK(auditActions(*window, EntityKind::SecurityMeasure, kFirewall) ==
              QList<AuditAction>{AuditAction::Insert, AuditAction::Delete, AuditAction::Insert});

        QTest::keyClick(&*window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK_FALSE(measureOnDisk(window, kFirewall).has_value());
        CHECK(auditActions(*window, EntityKind::SecurityMeasure, kFirewall).size() == 4);
    }
}

TEST_CASE("Deleting an activity that agreements use is refused, naming them", "[gui][editing]")
{
    pr::test::DemoWindow window;
    window->showSection(Section::Activities);
    RecordListPage* page = window->pages().currentListPage();
    REQUIRE(page->selectRecord(kRemoteAdministration));
    window->deleteSelected();
    pr::test::answer(pr::test::openMessage(*window), QMessageBox::DestructiveRole);

    QMessageBox* refusal = pr::test::openMessage(*window);
    REQUIRE(refusal != nullptr);
    CHECK(refusal->text().contains(QStringLiteral("Beheer op afstand")));
    CHECK(refusal->text().contains(QStringLiteral("Tandartspraktijk Zonnehoek B.V.")));
    pr::test::answer(refusal, QMessageBox::AcceptRole);
    CHECK(window->undoStack()->count() == 0); // nothing happened, nothing to undo
    CHECK(page->table()->model()->rowCount() == 15);
}

TEST_CASE("Data breaches and the audit trail cannot be deleted", "[gui][editing]")
{
    pr::test::DemoWindow window;
    QAction* remove = menuAction(*window, QStringLiteral("Delete"));
    window->showSection(Section::Breaches);
    window->pages().currentListPage()->selectRecord(1);
    CHECK_FALSE(remove->isEnabled());
    window->showSection(Section::AuditTrail);
    window->pages().currentListPage()->table()->selectRow(0);
    CHECK_FALSE(remove->isEnabled());
    window->showSection(Section::Measures);
    CHECK_FALSE(remove->isEnabled()); // nothing selected
    window->pages().currentListPage()->selectRecord(kFirewall);
    CHECK(remove->isEnabled());
}

TEST_CASE("A measure's status changes from its details, and back with undo", "[gui][editing]")
{
    pr::test::DemoWindow window;
    REQUIRE(QTest::qWaitForWindowActive(&*window));
    RecordListPage* page = selectMeasure(window, kFirewall);
    QPushButton* button = window->measureStatusButton();
    CHECK(button->isVisible());
    CHECK(button->text() == QStringLiteral("Mark as &planned"));
    CHECK(page->detailPane()->value(QStringLiteral("Status")) == QStringLiteral("In place"));

    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(measureOnDisk(window, kFirewall)->status == MeasureStatus::Planned);
    CHECK(page->detailPane()->value(QStringLiteral("Status")) == QStringLiteral("Planned"));
    CHECK(button->text() == QStringLiteral("Mark as &in place"));
    CHECK(page->currentId() == kFirewall);

    QTest::keyClick(&*window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(measureOnDisk(window, kFirewall)->status == MeasureStatus::InPlace);
    CHECK(page->detailPane()->value(QStringLiteral("Status")) == QStringLiteral("In place"));
    CHECK(auditActions(*window, EntityKind::SecurityMeasure, kFirewall) ==
          QList<AuditAction>{AuditAction::Insert, AuditAction::Update, AuditAction::Update});

    // Ctrl+Y redoes as well as Ctrl+Shift+Z.
    QTest::keyClick(&*window, Qt::Key_Y, Qt::ControlModifier);
    CHECK(measureOnDisk(window, kFirewall)->status == MeasureStatus::Planned);

    // Only the status is undone: the rest of the measure stays as it is.
    const auto after = measureOnDisk(window, kFirewall);
    CHECK(after->title == QStringLiteral("Firewall"));
    CHECK(after->lastReviewDate == QDate(2026, 9, 15));
}

TEST_CASE("A failed save is shown and the title says not saved", "[gui][editing]")
{
    pr::test::DemoWindow window;
    selectMeasure(window, kFirewall);
    // Another program changed the file: saving over it would lose that, so the save fails.
    {
        QFile file(window.demo().path());
        REQUIRE(file.open(QIODevice::Append));
        file.write("x");
    }
    QTest::mouseClick(window->measureStatusButton(), Qt::LeftButton);

    QMessageBox* message = pr::test::openMessage(*window);
    REQUIRE(message != nullptr);
    CHECK(message->windowTitle() == QStringLiteral("Not saved"));
    CHECK(message->text().contains(QStringLiteral("changed by another program")));
    pr::test::answer(message, QMessageBox::AcceptRole);
    CHECK(window->windowTitle() ==
          QStringLiteral("voorbeeld-it.prreg (not saved) — Privacyregister"));
    CHECK(window->currentRegister().hasUnsavedChanges());
    // The change is made, in the window and in the register in memory, and can be undone.
    CHECK(
        SecurityMeasureRepository::find(window->currentRegister().database(), kFirewall)->status ==
        MeasureStatus::Planned);
    CHECK(window->undoStack()->count() == 1);

    QAction* save = menuAction(*window, QStringLiteral("Save again"));
    CHECK(save->isEnabled());
    save->trigger(); // fails again: the file is still not the one opened
    pr::test::answer(pr::test::openMessage(*window), QMessageBox::AcceptRole);
    CHECK(window->windowTitle().contains(QStringLiteral("(not saved)")));

    const QString elsewhere =
        QFileInfo(window.demo().path()).dir().filePath(QStringLiteral("kopie.prreg"));
    REQUIRE(window->saveAs(elsewhere));
    CHECK(window->windowTitle() == QStringLiteral("kopie.prreg (saved) — Privacyregister"));
    CHECK_FALSE(save->isEnabled());
}

TEST_CASE("A read-only register offers no edits", "[gui][editing]")
{
    pr::test::DemoWindow window(pr::storage::OpenMode::ReadOnly);
    selectMeasure(window, kFirewall);
    CHECK_FALSE(window->measureStatusButton()->isVisible());
    CHECK_FALSE(menuAction(*window, QStringLiteral("Delete"))->isEnabled());
}

TEST_CASE("Del in the search field edits the search, not the register", "[gui][editing]")
{
    pr::test::DemoWindow window;
    REQUIRE(QTest::qWaitForWindowActive(&*window));
    RecordListPage* page = selectMeasure(window, kFirewall);
    page->focusSearch();
    QTest::keyClicks(page->searchField(), QStringLiteral("Firewall"));
    QTest::keyClick(page->searchField(), Qt::Key_Home);
    QTest::keyClick(page->searchField(), Qt::Key_Delete);
    CHECK(page->searchField()->text() == QStringLiteral("irewall"));
    CHECK(pr::test::openMessage(*window) == nullptr);
}

TEST_CASE("Deleting a request says its history goes too, and takes the name out of the trail",
          "[gui][editing][privacy]")
{
    constexpr qint64 kKosterRequest = 1; // VZ-2026-01, from A. Koster
    pr::test::DemoWindow window;
    window->showSection(Section::Requests);
    RecordListPage* page = window->pages().currentListPage();
    REQUIRE(page->selectRecord(kKosterRequest));
    page->table()->setFocus();

    QTest::keyClick(page->table(), Qt::Key_Delete);
    QMessageBox* question = pr::test::openMessage(*window);
    REQUIRE(question != nullptr);
    CHECK(question->informativeText().contains(QStringLiteral("audit trail")));
    pr::test::answer(question, QMessageBox::DestructiveRole);

    const auto reg =
        pr::storage::Register::open(window.demo().path(), pr::test::password(),
                                    pr::storage::OpenMode::ReadOnly, pr::test::fastOptions());
    CHECK(pr::storage::AuditTrail::verify(reg->database()) == std::nullopt);
    const auto history = pr::storage::AuditTrail::entriesFor(
        reg->database(), EntityKind::DataSubjectRequest, kKosterRequest);
    REQUIRE(history.size() >= 3);
    CHECK(history.last().action == AuditAction::Redact);
    for (const auto& entry : pr::storage::AuditTrail::all(reg->database())) {
        for (const auto& change : entry.changes) {
            CHECK_FALSE(change.from.contains(QStringLiteral("Koster")));
            CHECK_FALSE(change.to.contains(QStringLiteral("Koster")));
        }
    }

    // The audit section shows the delete entry with its name field marked as removed.
    const pr::gui::RecordSection audit = pr::gui::AuditSection::make();
    const auto details = audit.details(reg->database(), history[history.size() - 2].id);
    REQUIRE(details);
    const auto name =
        std::find_if(details->fields.begin(), details->fields.end(),
                     [](const auto& field) { return field.label == u"requesterName"; });
    REQUIRE(name != details->fields.end());
    CHECK(name->value == QStringLiteral("(removed from the audit trail)"));

    // Undo brings the request back (with a new insert entry), not the redacted history.
    QTest::keyClick(&*window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(pr::storage::RequestRepository::find(window->currentRegister().database(), kKosterRequest)
              ->requesterName == QStringLiteral("A. Koster"));
    CHECK(pr::storage::AuditTrail::verify(window->currentRegister().database()) == std::nullopt);
}

TEST_CASE("A save after the lock was lost names the lost lock and keeps the change",
          "[gui][editing]")
{
    pr::test::DemoWindow window;
    selectMeasure(window, kFirewall);
    // Someone removed the lock file: another program may now write the register, so this
    // window must not overwrite it.
    REQUIRE(QFile::remove(window.demo().path() + QStringLiteral(".lock")));
    const QByteArray before = pr::test::readFile(window.demo().path());
    QTest::mouseClick(window->measureStatusButton(), Qt::LeftButton);

    QMessageBox* message = pr::test::openMessage(*window);
    REQUIRE(message != nullptr);
    CHECK(message->windowTitle() == QStringLiteral("Not saved"));
    CHECK(message->text().contains(QStringLiteral("lock file")));
    CHECK(message->informativeText().contains(QStringLiteral("kept while this window is open")));
    pr::test::answer(message, QMessageBox::AcceptRole);
    CHECK(pr::test::readFile(window.demo().path()) == before);
    CHECK(window->currentRegister().hasUnsavedChanges());
}
