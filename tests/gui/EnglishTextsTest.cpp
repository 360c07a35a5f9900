// Edit > "English texts…": the texts the English DPA shows, those still in Dutch first; what the
// user fills in is recorded as one undoable change, and the read-only window offers nothing.

#include "GuiTestSupport.h"
#include "gui/editing/EnglishTextsDialog.h"
#include "storage/repositories/OrganisationRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QTableWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::gui::EnglishTextsDialog;

namespace {

// The demo without the English of "Beheer op afstand": one text still in Dutch.
void withoutOneEnglishText(pr::storage::Register& reg)
{
    const pr::core::FixedClock clock(pr::test::demoNow());
    reg.write([&](pr::storage::SqliteDatabase& db) {
        auto organisation = pr::storage::OrganisationRepository::find(db).value();
        organisation.englishTexts.removeIf(
            [](const pr::core::EnglishText& text) { return text.dutch == u"Beheer op afstand"_s; });
        pr::storage::OrganisationRepository::update(db, {clock, u"eigenaar"_s}, organisation);
    });
}

EnglishTextsDialog* openDialog(pr::test::DemoWindow& window)
{
    auto* action = window->findChild<QAction*>(u"englishTextsAction"_s);
    REQUIRE(action != nullptr);
    REQUIRE(action->isEnabled());
    action->trigger();
    auto* dialog = window->findChild<EnglishTextsDialog*>(u"englishTextsDialog"_s);
    REQUIRE(dialog != nullptr);
    return dialog;
}

QList<pr::core::EnglishText> englishOnDisk(const pr::test::DemoWindow& window)
{
    const auto reg =
        pr::storage::Register::open(window.demo().path(), pr::test::password(),
                                    pr::storage::OpenMode::ReadOnly, pr::test::fastOptions());
    return pr::storage::OrganisationRepository::find(reg->database())->englishTexts;
}

} // namespace

TEST_CASE("the English texts dialog lists the texts still in Dutch first and records one",
          "[gui][english]")
{
    pr::test::DemoWindow window(pr::storage::OpenMode::ReadWrite, withoutOneEnglishText);
    EnglishTextsDialog* dialog = openDialog(window);
    auto* table = dialog->findChild<QTableWidget*>(u"englishTexts"_s);
    REQUIRE(table != nullptr);
    CHECK(table->item(0, 0)->text() == u"Beheer op afstand"_s);
    CHECK(table->item(0, 1)->text().isEmpty());
    CHECK(dialog->findChild<QLabel*>(u"englishTextsSummary"_s)->text().contains(u"1"_s));

    // Only the texts without English, when asked.
    dialog->findChild<QCheckBox*>(u"missingOnly"_s)->setChecked(true);
    int shown = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        shown += table->isRowHidden(row) ? 0 : 1;
    }
    CHECK(shown == 1);

    table->item(0, 1)->setText(u"Remote management"_s);
    const qsizetype before = englishOnDisk(window).size();
    dialog->accept();
    REQUIRE(window->undoStack()->count() == 1);
    QList<pr::core::EnglishText> saved = englishOnDisk(window);
    CHECK(saved.size() == before + 1);
    CHECK(saved.contains(pr::core::EnglishText{u"Beheer op afstand"_s, u"Remote management"_s}));

    window->undoStack()->undo();
    CHECK(englishOnDisk(window).size() == before);
}

TEST_CASE("the English texts dialog records nothing when nothing changed", "[gui][english]")
{
    pr::test::DemoWindow window;
    EnglishTextsDialog* dialog = openDialog(window);
    CHECK(dialog->changes().isEmpty());
    dialog->accept();
    CHECK(window->undoStack()->count() == 0);
}

TEST_CASE("a read-only window offers no English texts to edit", "[gui][english]")
{
    pr::test::DemoWindow window(pr::storage::OpenMode::ReadOnly);
    auto* action = window->findChild<QAction*>(u"englishTextsAction"_s);
    REQUIRE(action != nullptr);
    CHECK_FALSE(action->isEnabled());
}
