#include "GuiTestSupport.h"
#include "gui/editing/RecordEditing.h"
#include "gui/editors/ActivityEditor.h"
#include "gui/editors/CookiesEdit.h"
#include "gui/editors/EditorDialog.h"
#include "gui/editors/OrganisationEditor.h"
#include "gui/editors/SpecialCategoriesEdit.h"
#include "gui/editors/StatementFactsEdit.h"
#include "gui/pages/OrganisationView.h"
#include "gui/pages/SectionPages.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/OrganisationRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using pr::core::EntityKind;
using pr::core::StatementAudience;
using pr::gui::EditorDialog;

// What the privacy statements need, edited as a user does: the statements an activity is in,
// its further legal bases and national-law grounds in the activity editor; the privacy contact
// as FG or not and the website's cookies in the organisation editor.

namespace {

constexpr qint64 kInvoicing = 12; // Facturatie en boekhouding: bases b and c
constexpr qint64 kPersonnel = 13; // Personeelsadministratie: the staff's statement

EditorDialog* openEditor(const pr::test::DemoWindow& window, EntityKind kind, qint64 id)
{
    EditorDialog* dialog = window->recordEditing().openEditor(kind, id);
    REQUIRE(dialog != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    return dialog;
}

void save(const pr::test::DemoWindow& window, EditorDialog* dialog)
{
    CAPTURE(dialog->summary()->text());
    REQUIRE(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return window->recordEditing().openDialog() == nullptr; }));
}

QListWidgetItem* itemWithCode(QListWidget* list, const QString& code)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == code) {
            return list->item(row);
        }
    }
    FAIL("no item " << code.toStdString());
    return nullptr;
}

// Ticks or unticks an item with the keyboard, as a user of the list does.
void toggle(QListWidget* list, const QString& code)
{
    QListWidgetItem* item = itemWithCode(list, code);
    list->setFocus();
    list->setCurrentItem(item);
    QTest::keyClick(list, Qt::Key_Space);
}

pr::core::ProcessingActivity stored(const pr::test::DemoWindow& window, qint64 id)
{
    const auto activity =
        pr::storage::ActivityRepository::find(window->currentRegister().database(), id);
    REQUIRE(activity.has_value());
    return *activity;
}

} // namespace

TEST_CASE("The activity editor moves an activity between statements and keeps its grounds",
          "[gui][editors][statement]")
{
    pr::test::DemoWindow window;
    EditorDialog* dialog = openEditor(window, EntityKind::ProcessingActivity, kPersonnel);
    auto* audiences = dialog->findChild<QListWidget*>(u"audiencesList"_s);
    REQUIRE(audiences != nullptr);
    CHECK(itemWithCode(audiences, u"staff"_s)->checkState() == Qt::Checked);
    CHECK(itemWithCode(audiences, u"customers"_s)->checkState() == Qt::Unchecked);
    auto* special = dialog->findChild<pr::gui::SpecialCategoriesEdit*>(u"specialEdit"_s);
    REQUIRE(special != nullptr);
    CHECK(special->nationalGrounds()
              .value(pr::core::SpecialCategory::Health)
              .startsWith(u"artikel 30, eerste lid, onder b, UAVG"_s));

    toggle(audiences, u"applicants"_s);
    save(window, dialog);
    CHECK(stored(window, kPersonnel).audiences ==
          (StatementAudience::Staff | StatementAudience::Applicants));
    // The grounds were not touched by the edit.
    CHECK(stored(window, kPersonnel).nationalGrounds.size() == 2);
    window->undoStack()->undo();
    CHECK(stored(window, kPersonnel).audiences ==
          pr::core::StatementAudiences(StatementAudience::Staff));

    dialog = openEditor(window, EntityKind::ProcessingActivity, kInvoicing);
    auto* further = dialog->findChild<QListWidget*>(u"furtherLegalBasesList"_s);
    REQUIRE(further != nullptr);
    CHECK(itemWithCode(further, u"c"_s)->checkState() == Qt::Checked);
    // The main basis again as a further one is said beside the field and blocks saving.
    toggle(further, u"b"_s);
    REQUIRE(QTest::qWaitFor([&] { return !dialog->saveButton()->isEnabled(); }));
    toggle(further, u"b"_s);
    toggle(further, u"f"_s);
    // Basis f needs its interest spelled out: the demo's invoicing has none.
    REQUIRE(QTest::qWaitFor([&] { return !dialog->saveButton()->isEnabled(); }));
    toggle(further, u"f"_s);
    toggle(further, u"c"_s);
    save(window, dialog);
    CHECK(stored(window, kInvoicing).furtherLegalBases.isEmpty());
}

TEST_CASE("The organisation editor records the FG and keeps the cookie list",
          "[gui][editors][statement]")
{
    pr::test::DemoWindow window;
    window->showSection(pr::gui::Section::Organisation);
    QTest::mouseClick(window->pages().organisationView()->editButton(), Qt::LeftButton);
    EditorDialog* dialog = window->recordEditing().openDialog();
    REQUIRE(dialog != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    auto* editor = qobject_cast<pr::gui::OrganisationEditor*>(dialog->editor());
    REQUIRE(editor != nullptr);
    pr::gui::StatementFactsEdit* facts = editor->statementFacts();
    pr::gui::CookiesEdit* cookies = facts->cookiesEdit();
    QTableWidget* table = cookies->table();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == u"voorbeeld_sessie"_s);
    CHECK(facts->noAutomatedDecisionsCheck()->isChecked());
    CHECK_FALSE(facts->dpoCheck()->isChecked());

    QTest::mouseClick(cookies->addButton(), Qt::LeftButton);
    REQUIRE(table->rowCount() == 3);
    // Without a purpose and a duration the visitor is not informed: saving waits.
    table->item(2, 0)->setText(u"yt_embed"_s);
    REQUIRE(QTest::qWaitFor([&] { return !dialog->saveButton()->isEnabled(); }));
    table->item(2, 2)->setText(u"Video's van YouTube tonen"_s);
    table->item(2, 3)->setText(u"6 maanden"_s);
    auto* kind = qobject_cast<QComboBox*>(table->cellWidget(2, 4));
    REQUIRE(kind != nullptr);
    kind->setCurrentIndex(kind->findData(u"consent"_s));
    auto* party = qobject_cast<QComboBox*>(table->cellWidget(2, 1));
    REQUIRE(party != nullptr);
    party->setCurrentIndex(party->findData(u"third"_s));
    // With the keyboard: the box may lie outside the dialog's visible part.
    facts->dpoCheck()->setFocus();
    QTest::keyClick(facts->dpoCheck(), Qt::Key_Space);
    CHECK(facts->dpoCheck()->isChecked());
    save(window, dialog);

    const auto organisation =
        pr::storage::OrganisationRepository::find(window->currentRegister().database());
    REQUIRE(organisation.has_value());
    CHECK(organisation->privacyContact.isDpo);
    REQUIRE(organisation->statement.cookies.size() == 3);
    const pr::core::Cookie added = organisation->statement.cookies.at(2);
    CHECK(added == pr::core::Cookie{u"yt_embed"_s, pr::core::CookieParty::ThirdParty,
                                    u"Video's van YouTube tonen"_s, u"6 maanden"_s,
                                    pr::core::CookieKind::ConsentBased});
    window->undoStack()->undo();
    const auto undone =
        pr::storage::OrganisationRepository::find(window->currentRegister().database());
    CHECK(undone->statement.cookies.size() == 2);
    CHECK_FALSE(undone->privacyContact.isDpo);
}
