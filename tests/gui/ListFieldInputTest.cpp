#include "GuiTestSupport.h"
#include "core/settings/AppSettings.h"
#include "gui/DesktopController.h"
#include "gui/editing/RecordEditing.h"
#include "gui/editors/EditorDialog.h"
#include "gui/editors/RecordEditor.h"
#include "gui/editors/TextListEdit.h"
#include "gui/editors/TransfersEdit.h"
#include "gui/lock/IdleWatcher.h"
#include "storage/repositories/ActivityRepository.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using pr::core::EntityKind;
using pr::gui::EditorDialog;
using pr::gui::TextListEdit;
using pr::storage::ActivityRepository;

// The list fields of the editors ("Pick or type, then Enter"): Enter adds what is typed and
// never presses the dialog's default button, and text typed but not added is never lost
// without a word: Save takes it along, and closing the dialog asks about it.
//
// Keys go through the dialog's window, as a keyboard's do (pr::test::pressKey): the combo box
// of a list field, not its line edit, has the focus, and its suggestions popup takes the keys
// while it is open.

namespace {

// An editor for the demo register's first activity: valid, so Save is enabled and Enter
// anywhere but in a list field would press it.
struct ActivityDialog {
    explicit ActivityDialog(pr::test::DemoWindow& window)
        : id(firstActivity(window))
        , dialog(window->recordEditing().openEditor(EntityKind::ProcessingActivity, id))
    {
        REQUIRE(dialog != nullptr);
        // Exposed first: until then the main window's activation may still come after the
        // dialog's, and keys would go there.
        REQUIRE(QTest::qWaitForWindowExposed(dialog.data()));
        REQUIRE(QTest::qWaitForWindowActive(dialog.data()));
        REQUIRE(dialog->saveButton()->isEnabled());
        REQUIRE(dialog->saveButton()->isDefault());
    }

    static qint64 firstActivity(pr::test::DemoWindow& window)
    {
        REQUIRE(QTest::qWaitForWindowActive(&*window));
        return ActivityRepository::all(window->currentRegister().database()).value(0).id;
    }

    TextListEdit* list(const char* name) const
    {
        auto* found = dialog->findChild<TextListEdit*>(QLatin1String(name));
        REQUIRE(found != nullptr);
        return found;
    }

    // Puts the cursor in LIST's input and types TEXT there.
    void typeInto(TextListEdit* target, const QString& text) const
    {
        target->picker()->setFocus();
        REQUIRE(QApplication::focusWidget() == target->picker());
        pr::test::typeKeys(dialog, text);
    }

    qint64 id;
    QPointer<EditorDialog> dialog;
};

// Clicks the button of BOX with ROLE and waits until the box is gone; a dialog that stays
// open gets the focus back, as a window manager would give it.
void answerQuestion(QMessageBox* box, QMessageBox::ButtonRole role, EditorDialog* dialog)
{
    REQUIRE(box != nullptr);
    const QPointer<QMessageBox> watched(box);
    QAbstractButton* chosen = nullptr;
    for (QAbstractButton* button : box->buttons()) {
        if (box->buttonRole(button) == role) {
            chosen = button;
        }
    }
    REQUIRE(chosen != nullptr);
    chosen->click();
    REQUIRE(QTest::qWaitFor([&] { return watched.isNull(); }));
    if (role != QMessageBox::DestructiveRole) {
        dialog->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(dialog));
    }
}

} // namespace

TEST_CASE("Enter in a list field's input adds the item and leaves the dialog open",
          "[gui][editors][listfield]")
{
    pr::test::DemoWindow window;
    const ActivityDialog editor(window);
    TextListEdit* purposes = editor.list("purposesEdit");
    const QStringList before = purposes->items();

    editor.typeInto(purposes, QStringLiteral("Facturen versturen"));
    pr::test::pressKey(editor.dialog, Qt::Key_Return);
    REQUIRE_FALSE(editor.dialog.isNull());
    REQUIRE(editor.dialog->isVisible());
    CHECK(purposes->items() == before + QStringList{QStringLiteral("Facturen versturen")});
    CHECK(purposes->picker()->currentText().isEmpty());
    CHECK(QApplication::focusWidget() == purposes->picker());

    // A second Enter in the now empty input does not save either (keypad Enter included).
    pr::test::pressKey(editor.dialog, Qt::Key_Return);
    pr::test::pressKey(editor.dialog, Qt::Key_Enter, Qt::KeypadModifier);
    REQUIRE_FALSE(editor.dialog.isNull());
    CHECK(editor.dialog->isVisible());
    CHECK(purposes->items().size() == before.size() + 1);
    CHECK(window->undoStack()->count() == 0);

    // The list's own buttons do not take Enter over either: it still adds, and Enter in a
    // plain field of the form still presses Save.
    for (QPushButton* button : purposes->findChildren<QPushButton*>()) {
        CAPTURE(button->text());
        CHECK_FALSE(button->autoDefault());
    }
    auto* name = editor.dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    REQUIRE(name != nullptr);
    name->setFocus();
    pr::test::pressKey(editor.dialog, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return editor.dialog.isNull(); }));
    const auto saved = ActivityRepository::find(window->currentRegister().database(), editor.id);
    REQUIRE(saved.has_value());
    CHECK(saved->purposes == before + QStringList{QStringLiteral("Facturen versturen")});
}

TEST_CASE("Enter with the suggestions open adds what is typed or the suggestion picked",
          "[gui][editors][listfield]")
{
    pr::test::DemoWindow window;
    const ActivityDialog editor(window);
    TextListEdit* categories = editor.list("dataCategoriesEdit");
    QCompleter* suggestions = categories->picker()->completer();
    REQUIRE(suggestions != nullptr);

    // "gegevens" is part of many catalogue entries, so the suggestions open.
    editor.typeInto(categories, QStringLiteral("gegevens"));
    REQUIRE(suggestions->popup()->isVisible());
    pr::test::pressKey(editor.dialog, Qt::Key_Return);
    REQUIRE_FALSE(editor.dialog.isNull());
    CHECK(editor.dialog->isVisible());
    CHECK_FALSE(suggestions->popup()->isVisible());
    CHECK(categories->items().last() == QStringLiteral("gegevens"));
    CHECK(categories->picker()->currentText().isEmpty());

    editor.typeInto(categories, QStringLiteral("gegevens"));
    REQUIRE(suggestions->popup()->isVisible());
    pr::test::pressKey(editor.dialog, Qt::Key_Down);
    const QModelIndex highlighted = suggestions->popup()->currentIndex();
    REQUIRE(highlighted.isValid());
    const QString suggestion = highlighted.data().toString();
    pr::test::pressKey(editor.dialog, Qt::Key_Return);
    REQUIRE_FALSE(editor.dialog.isNull());
    CHECK(editor.dialog->isVisible());
    CHECK(categories->items().last() == suggestion);
    CHECK(window->undoStack()->count() == 0);
}

TEST_CASE("Closing an editor with text typed in a list field asks whether to add it",
          "[gui][editors][listfield]")
{
    pr::test::DemoWindow window;
    const ActivityDialog editor(window);
    EditorDialog* dialog = editor.dialog;
    TextListEdit* purposes = editor.list("purposesEdit");
    const QStringList before = purposes->items();
    REQUIRE_FALSE(dialog->editor()->isModified());

    // Esc, with nothing else changed: the record alone would close without a question.
    editor.typeInto(purposes, QStringLiteral("Nieuwsbrief sturen"));
    pr::test::pressKey(dialog, Qt::Key_Escape);
    QMessageBox* question = pr::test::openMessage(*dialog);
    REQUIRE(question != nullptr);
    CHECK(question->text().contains(QStringLiteral("\"Nieuwsbrief sturen\"")));
    CHECK(question->text().contains(purposes->listName()));
    // Keep editing is the default, and what Esc on the question does.
    CHECK(question->buttonRole(question->defaultButton()) == QMessageBox::RejectRole);
    const QPointer<QMessageBox> watched(question);
    QTest::keyClick(question, Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return watched.isNull(); }));
    dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    REQUIRE(window->recordEditing().openDialog() == dialog);
    CHECK(purposes->picker()->currentText() == QStringLiteral("Nieuwsbrief sturen"));
    CHECK(QApplication::focusWidget() == purposes->picker());

    // Cancel, and add it: the dialog stays open with the text in the list.
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    answerQuestion(pr::test::openMessage(*dialog), QMessageBox::AcceptRole, dialog);
    REQUIRE(window->recordEditing().openDialog() == dialog);
    CHECK(purposes->items() == before + QStringList{QStringLiteral("Nieuwsbrief sturen")});
    CHECK(purposes->pendingText().isEmpty());
    CHECK(dialog->editor()->isModified());

    // Closing the window, with text in two lists and the record changed: one question names
    // both; discarding closes the dialog and saves nothing.
    TextListEdit* recipients = editor.list("recipientsEdit");
    editor.typeInto(purposes, QStringLiteral("Enquête"));
    editor.typeInto(recipients, QStringLiteral("Drukkerij"));
    dialog->close();
    question = pr::test::openMessage(*dialog);
    REQUIRE(question != nullptr);
    CHECK(question->text().contains(QStringLiteral("\"Enquête\"")));
    CHECK(question->text().contains(QStringLiteral("\"Drukkerij\"")));
    CHECK(window->recordEditing().openDialog() == dialog);
    answerQuestion(question, QMessageBox::DestructiveRole, dialog);
    REQUIRE(QTest::qWaitFor([&] { return window->recordEditing().openDialog() == nullptr; }));
    CHECK(window->undoStack()->count() == 0);
    const auto stored = ActivityRepository::find(window->currentRegister().database(), editor.id);
    REQUIRE(stored.has_value());
    CHECK(stored->purposes == before);
}

TEST_CASE("Save with text typed in list fields adds it and saves it with the record",
          "[gui][editors][listfield]")
{
    pr::test::DemoWindow window;
    const ActivityDialog editor(window);
    TextListEdit* recipients = editor.list("recipientsEdit");
    TextListEdit* subjects = editor.list("dataSubjectsEdit");
    const QStringList recipientsBefore = recipients->items();
    const QStringList subjectsBefore = subjects->items();
    // Nothing else changed: the typed text alone makes the edit.
    editor.typeInto(recipients, QStringLiteral("Drukkerij"));
    editor.typeInto(subjects, QStringLiteral("Abonnees"));

    QTest::mouseClick(editor.dialog->saveButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return window->recordEditing().openDialog() == nullptr; }));
    const auto saved = ActivityRepository::find(window->currentRegister().database(), editor.id);
    REQUIRE(saved.has_value());
    CHECK(saved->recipients == recipientsBefore + QStringList{QStringLiteral("Drukkerij")});
    CHECK(saved->dataSubjectCategories == subjectsBefore + QStringList{QStringLiteral("Abonnees")});
    CHECK(window->undoStack()->count() == 1);
}

TEST_CASE("Only text that adding would put in the list counts as not added",
          "[gui][editors][listfield]")
{
    TextListEdit list;
    list.setItems({QStringLiteral("Klanten")});
    CHECK(list.pendingText().isEmpty());
    list.picker()->setEditText(QStringLiteral("   "));
    CHECK(list.pendingText().isEmpty());
    // Already listed, as validation compares: adding it would only make "listed twice".
    list.picker()->setEditText(QStringLiteral(" klanten "));
    CHECK(list.pendingText().isEmpty());
    list.picker()->setEditText(QStringLiteral(" Leveranciers "));
    CHECK(list.pendingText() == QStringLiteral("Leveranciers"));
    // A disabled list cannot take it (the operations while no staff role is selected).
    list.setEnabled(false);
    CHECK(list.pendingText().isEmpty());
    list.setEnabled(true);

    list.addPendingText();
    CHECK(list.items() == QStringList({QStringLiteral("Klanten"), QStringLiteral("Leveranciers")}));
    CHECK(list.picker()->currentText().isEmpty());
    CHECK(list.pendingText().isEmpty());
}

TEST_CASE("Enter in a cell of a table field ends the edit and leaves the dialog open",
          "[gui][editors][listfield]")
{
    pr::test::DemoWindow window;
    const ActivityDialog editor(window);
    auto* transfers = editor.dialog->findChild<pr::gui::TransfersEdit*>();
    REQUIRE(transfers != nullptr);
    CHECK_FALSE(transfers->addButton()->autoDefault());
    QTest::mouseClick(transfers->addButton(), Qt::LeftButton);
    QTableWidget* table = transfers->table();
    const QModelIndex recipient = table->model()->index(table->rowCount() - 1, 0);
    // The cell's editor is open and has the focus.
    QWidget* cellEditor = table->indexWidget(recipient);
    REQUIRE(cellEditor != nullptr);
    REQUIRE(QApplication::focusWidget() == cellEditor);
    pr::test::typeKeys(editor.dialog, QStringLiteral("Drukkerij"));
    pr::test::pressKey(editor.dialog, Qt::Key_Return);
    REQUIRE_FALSE(editor.dialog.isNull());
    CHECK(editor.dialog->isVisible());
    REQUIRE(QTest::qWaitFor([&] { return table->indexWidget(recipient) == nullptr; }));
    CHECK(recipient.data().toString() == QStringLiteral("Drukkerij"));
    CHECK(window->undoStack()->count() == 0);
}

TEST_CASE("The lock cancels an editor with text not added or other edits without asking",
          "[gui][editors][listfield][lock]")
{
    // As the user guide says: an open form is cancelled first, and what was typed in it is
    // lost. A question would keep the register open until someone answered it.
    const bool otherEdits = GENERATE(false, true);
    CAPTURE(otherEdits);
    const pr::test::DemoRegister demo;
    const QTemporaryDir settingsFolder;
    pr::core::AppSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")));
    const pr::core::FixedClock clock(pr::test::demoNow());
    pr::gui::DesktopController controller(settings, clock);
    controller.showRegister(demo.open());
    pr::gui::MainWindow* window = controller.mainWindow();
    REQUIRE(window != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(window));
    const qint64 id = ActivityRepository::all(window->currentRegister().database()).value(0).id;
    const QPointer<EditorDialog> dialog =
        window->recordEditing().openEditor(EntityKind::ProcessingActivity, id);
    REQUIRE(dialog != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(dialog.data()));
    auto* purposes = dialog->findChild<TextListEdit*>(QStringLiteral("purposesEdit"));
    REQUIRE(purposes != nullptr);
    if (otherEdits) {
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
        REQUIRE(name != nullptr);
        QTest::keyClicks(name, QStringLiteral(" 2"));
    } else {
        QTest::keyClicks(purposes->picker(), QStringLiteral("Nieuwsbrief sturen"));
    }
    REQUIRE((dialog->editor()->isModified() || !purposes->pendingText().isEmpty()));

    controller.idleWatcher()->expire();
    REQUIRE(QTest::qWaitFor([&] { return controller.mainWindow() == nullptr; }));
    CHECK(dialog.isNull());
    CHECK(controller.relockDialog() != nullptr);
}
