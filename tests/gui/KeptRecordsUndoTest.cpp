// Undo never removes what the law says to keep: a data breach, once added, stays on record
// (AVG art. 33(5)). Edit > Undo is not offered for its addition and says why; every other undo
// restores the earlier state exactly.

#include "GuiTestSupport.h"
#include "core/domain/validation/BreachValidation.h"
#include "gui/editing/RegisterEditor.h"
#include "gui/editing/SaveRecordCommand.h"
#include "storage/repositories/BreachRepository.h"
#include "usecases/records/RecordVersion.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

#include <catch2/catch.hpp>

using pr::core::Breach;
using pr::core::EntityKind;
using pr::storage::BreachRepository;

namespace {

Breach newBreach(const QDateTime& now)
{
    Breach breach;
    breach.reference = QStringLiteral("DL-2026-09");
    breach.discoveredAt = now.addSecs(-3600);
    breach.description = QStringLiteral("Laptop met klantgegevens in de trein laten liggen.");
    breach.dataCategories = {QStringLiteral("NAW-gegevens")};
    breach.dataSubjectCategories = {QStringLiteral("Klanten")};
    return breach;
}

QAction* undoAction(const pr::test::DemoWindow& window)
{
    auto* action = window->findChild<QAction*>(QStringLiteral("undoAction"));
    REQUIRE(action != nullptr);
    return action;
}

std::optional<Breach> storedBreach(const pr::test::DemoWindow& window, const QString& reference)
{
    for (const Breach& breach : BreachRepository::all(window->currentRegister().database())) {
        if (breach.reference == reference) {
            return breach;
        }
    }
    return std::nullopt;
}

// Saves BREACH as its editor does: one SaveRecordCommand on the window's undo stack.
void addAsTheEditorDoes(pr::test::DemoWindow& window, const Breach& breach)
{
    auto* editor = window->findChild<pr::gui::RegisterEditor*>();
    REQUIRE(editor != nullptr);
    REQUIRE(validate(breach).isEmpty());
    window->undoStack()->push(new pr::gui::SaveRecordCommand(
        *editor, nullptr,
        std::make_unique<pr::usecases::RecordVersionOf<BreachRepository, Breach>>(
            EntityKind::Breach, breach, breach.reference)));
}

} // namespace

TEST_CASE("Ctrl+Z right after adding a breach keeps the breach, and the Edit menu says why",
          "[gui][editing][breach]")
{
    pr::test::DemoWindow window;
    REQUIRE(QTest::qWaitForWindowActive(&*window));
    addAsTheEditorDoes(window, newBreach(window.clock().now()));
    REQUIRE(storedBreach(window, QStringLiteral("DL-2026-09")).has_value());

    QAction* undo = undoAction(window);
    CHECK_FALSE(undo->isEnabled());
    CHECK(undo->text().contains(QStringLiteral("DL-2026-09")));
    CHECK(undo->toolTip().contains(QStringLiteral("33(5)")));
    QTest::keyClick(&*window, Qt::Key_Z, Qt::ControlModifier);
    undo->trigger();
    CHECK(storedBreach(window, QStringLiteral("DL-2026-09")).has_value());

    // Not even the stack itself removes it: the use case refuses the deletion.
    window->undoStack()->undo();
    CHECK(storedBreach(window, QStringLiteral("DL-2026-09")).has_value());
}

TEST_CASE("Undoing an edit of a breach restores the earlier version exactly",
          "[gui][editing][breach]")
{
    pr::test::DemoWindow window;
    const auto all = BreachRepository::all(window->currentRegister().database());
    REQUIRE_FALSE(all.isEmpty());
    const Breach before = all.first();
    Breach after = before;
    after.measuresTaken = QStringLiteral("Wachtwoorden van alle accounts vervangen.");
    auto* editor = window->findChild<pr::gui::RegisterEditor*>();
    REQUIRE(editor != nullptr);
    using Version = pr::usecases::RecordVersionOf<BreachRepository, Breach>;
    window->undoStack()->push(new pr::gui::SaveRecordCommand(
        *editor, std::make_unique<Version>(EntityKind::Breach, before, before.reference),
        std::make_unique<Version>(EntityKind::Breach, after, after.reference)));
    CHECK(BreachRepository::find(window->currentRegister().database(), before.id) == after);

    QAction* undo = undoAction(window);
    REQUIRE(undo->isEnabled());
    undo->trigger();
    CHECK(BreachRepository::find(window->currentRegister().database(), before.id) == before);
}
