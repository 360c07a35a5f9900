#include "GuiTestSupport.h"
#include "gui/editing/RecordEditing.h"
#include "gui/editors/ActivityEditor.h"
#include "gui/editors/DateField.h"
#include "gui/editors/EditorDialog.h"
#include "gui/editors/EditorFactory.h"
#include "gui/editors/MeasureEditor.h"
#include "gui/editors/RecordEditor.h"
#include "gui/editors/TextListEdit.h"
#include "gui/pages/RecordListPage.h"
#include "gui/pages/SectionPages.h"
#include "storage/repositories/ActivityRepository.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/BreachRepository.h"
#include "storage/repositories/ClientRepository.h"
#include "storage/repositories/RequestRepository.h"
#include "storage/repositories/SecurityMeasureRepository.h"
#include "storage/repositories/SubProcessorRepository.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <tuple>

using pr::core::EntityKind;
using pr::gui::EditorDialog;
using pr::gui::RecordListPage;
using pr::gui::Section;
using pr::gui::TextListEdit;
using pr::storage::ActivityRepository;
using pr::storage::SecurityMeasureRepository;

// The editors: a record added or changed in its form is saved as one undoable step, what is
// invalid is said beside its field and blocks Save, and an unchanged form changes nothing.

namespace {

constexpr qint64 kFirewall = 25; // a security measure of the demo register

EditorDialog* openDialog(const pr::test::DemoWindow& window)
{
    EditorDialog* dialog = window->recordEditing().openDialog();
    REQUIRE(dialog != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    return dialog;
}

// Types TEXT into LIST's pick list and presses Enter, as a user adds an item: the keys go
// the way a keyboard's do, to the suggestions popup while it is open.
void addTo(pr::gui::TextListEdit* list, const QString& text)
{
    list->picker()->setFocus();
    pr::test::typeKeys(list, text);
    pr::test::pressKey(list, Qt::Key_Return);
}

// The control named NAME in DIALOG's form (the names of ui/<Entity>Editor.ui).
template <typename Widget>
Widget* field(const QWidget* dialog, const char* name)
{
    auto* widget = dialog->findChild<Widget*>(QLatin1String(name));
    REQUIRE(widget != nullptr);
    return widget;
}

// Clicks the button of BOX with ROLE (the dialog asking, not the main window, is its parent,
// so pr::test::answer's wait for the window does not apply).
void answerQuestion(QMessageBox* box, QMessageBox::ButtonRole role)
{
    REQUIRE(box != nullptr);
    const QPointer<QMessageBox> watched(box);
    for (QAbstractButton* button : box->buttons()) {
        if (box->buttonRole(button) == role) {
            button->click();
            REQUIRE(QTest::qWaitFor([&] { return watched.isNull(); }));
            return;
        }
    }
    FAIL("no button with that role");
}

void pick(QComboBox* combo, const QString& code)
{
    const int index = combo->findData(code);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

std::optional<pr::core::ProcessingActivity> activityNamed(const pr::gui::MainWindow& window,
                                                          const QString& name)
{
    for (const auto& activity : ActivityRepository::all(window.currentRegister().database())) {
        if (activity.name == name) {
            return activity;
        }
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("An activity added in its editor with keystrokes is saved, undone and redone",
          "[gui][editors]")
{
    pr::test::DemoWindow window;
    REQUIRE(QTest::qWaitForWindowActive(&*window));
    window->showSection(Section::Activities);
    QTest::keyClick(&*window, Qt::Key_N, Qt::ControlModifier);
    EditorDialog* dialog = openDialog(window);
    auto* editor = qobject_cast<pr::gui::ActivityEditor*>(dialog->editor());
    REQUIRE(editor != nullptr);
    CHECK(editor->isNew());
    CHECK_FALSE(dialog->saveButton()->isEnabled());

    QTest::keyClicks(field<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Klantenportaal"));
    addTo(field<TextListEdit>(dialog, "purposesEdit"),
          QStringLiteral("Toegang tot het klantenportaal"));
    // From the catalogue's pick list: the entry, not typed text.
    QComboBox* categories = field<TextListEdit>(dialog, "dataCategoriesEdit")->picker();
    categories->setFocus();
    const int naw = categories->findText(QStringLiteral("NAW-gegevens"));
    REQUIRE(naw >= 0);
    categories->setCurrentIndex(naw);
    pr::test::pressKey(categories, Qt::Key_Return);
    addTo(field<TextListEdit>(dialog, "dataSubjectsEdit"), QStringLiteral("Klanten"));
    addTo(field<TextListEdit>(dialog, "staffRolesEdit"), QStringLiteral("Systeembeheerder"));
    addTo(field<TextListEdit>(dialog, "operationsEdit"), QStringLiteral("inzien"));
    addTo(field<TextListEdit>(dialog, "operationsEdit"), QStringLiteral("wijzigen"));
    pick(field<QComboBox>(dialog, "legalBasisCombo"), QStringLiteral("b"));
    pick(field<QComboBox>(dialog, "retentionKindCombo"), QStringLiteral("fixed"));
    auto* amount = field<QSpinBox>(dialog, "retentionAmountSpin");
    amount->setFocus();
    amount->selectAll();
    QTest::keyClicks(amount, QStringLiteral("2"));
    pick(field<QComboBox>(dialog, "retentionUnitCombo"), QStringLiteral("years"));

    CAPTURE(dialog->summary()->text());
    REQUIRE(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return window->recordEditing().openDialog() == nullptr; }));

    const auto added = activityNamed(*window, QStringLiteral("Klantenportaal"));
    REQUIRE(added.has_value());
    CHECK(added->purposes == QStringList{QStringLiteral("Toegang tot het klantenportaal")});
    CHECK(added->dataCategories == QStringList{QStringLiteral("NAW-gegevens")});
    REQUIRE(added->staffRoles.size() == 1);
    CHECK(added->staffRoles.at(0).role == QStringLiteral("Systeembeheerder"));
    CHECK(added->staffRoles.at(0).operations ==
          QStringList({QStringLiteral("inzien"), QStringLiteral("wijzigen")}));
    CHECK(added->retention.amount == 2);
    CHECK(added->retention.unit == pr::core::RetentionUnit::Years);
    CHECK(window->pages().currentListPage()->currentId() == added->id);
    CHECK_FALSE(window->currentRegister().hasUnsavedChanges());

    window->undoStack()->undo();
    CHECK_FALSE(activityNamed(*window, QStringLiteral("Klantenportaal")).has_value());
    window->undoStack()->redo();
    const auto again = activityNamed(*window, QStringLiteral("Klantenportaal"));
    REQUIRE(again.has_value());
    CHECK(*again == *added);
}

TEST_CASE("A measure edited with F2 is saved, and undo restores the old value", "[gui][editors]")
{
    pr::test::DemoWindow window;
    REQUIRE(QTest::qWaitForWindowActive(&*window));
    window->showSection(Section::Measures);
    RecordListPage* page = window->pages().currentListPage();
    REQUIRE(page->selectRecord(kFirewall));
    page->table()->setFocus();
    const auto before =
        SecurityMeasureRepository::find(window->currentRegister().database(), kFirewall);
    REQUIRE(before.has_value());

    QTest::keyClick(page->table(), Qt::Key_F2);
    EditorDialog* dialog = openDialog(window);
    auto* editor = qobject_cast<pr::gui::MeasureEditor*>(dialog->editor());
    REQUIRE(editor != nullptr);
    CHECK_FALSE(editor->isNew());
    QLineEdit* owner = field<QLineEdit>(dialog, "ownerEdit");
    owner->selectAll();
    QTest::keyClicks(owner, QStringLiteral("Jan de Vries"));
    REQUIRE(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return window->recordEditing().openDialog() == nullptr; }));

    const auto& db = window->currentRegister().database();
    CHECK(SecurityMeasureRepository::find(db, kFirewall)->owner == QStringLiteral("Jan de Vries"));
    CHECK(page->currentId() == kFirewall);
    window->undoStack()->undo();
    CHECK(SecurityMeasureRepository::find(db, kFirewall) == before);
}

TEST_CASE("An invalid field shows its message beside it and blocks only saving", "[gui][editors]")
{
    pr::test::DemoWindow window;
    const auto& db = window->currentRegister().database();
    const qint64 id = ActivityRepository::all(db).value(0).id;
    REQUIRE(window->recordEditing().openEditor(EntityKind::ProcessingActivity, id) != nullptr);
    EditorDialog* dialog = openDialog(window);
    auto* name = field<QLineEdit>(dialog, "nameEdit");
    auto* recipients = field<TextListEdit>(dialog, "recipientsEdit");
    QLabel* nameIssue = dialog->findChild<QLabel*>(QStringLiteral("nameIssue"));
    REQUIRE(nameIssue != nullptr);
    CHECK(nameIssue->isHidden());
    REQUIRE(dialog->saveButton()->isEnabled());

    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    CHECK_FALSE(nameIssue->isHidden());
    CHECK_FALSE(nameIssue->text().isEmpty());
    CHECK_FALSE(dialog->saveButton()->isEnabled());
    CHECK_FALSE(dialog->summary()->text().isEmpty());

    // Other fields can still be edited meanwhile, and keep their edits.
    addTo(field<TextListEdit>(dialog, "recipientsEdit"), QStringLiteral("Accountant"));
    CHECK(recipients->items().contains(QStringLiteral("Accountant")));
    CHECK_FALSE(dialog->saveButton()->isEnabled());

    QTest::keyClicks(name, QStringLiteral("Hernoemd"));
    CHECK(nameIssue->isHidden());
    CHECK(dialog->saveButton()->isEnabled());
    CHECK(recipients->items().contains(QStringLiteral("Accountant")));
}

TEST_CASE("Every editor opens for a new and for every stored record, which it reads back as it "
          "was",
          "[gui][editors]")
{
    pr::test::DemoWindow window;
    const auto& db = window->currentRegister().database();
    const QDateTime now = window.clock().now();
    const auto check = [&](EntityKind kind, const QList<qint64>& ids) {
        CAPTURE(static_cast<int>(kind));
        REQUIRE(pr::gui::EditorFactory::hasEditor(kind));
        const auto fresh = pr::gui::EditorFactory::create(kind, 0, db, now);
        REQUIRE(fresh != nullptr);
        CHECK(fresh->isNew());
        CHECK_FALSE(fresh->isModified());
        REQUIRE_FALSE(ids.isEmpty());
        for (const qint64 id : ids) {
            CAPTURE(id);
            const auto editor = pr::gui::EditorFactory::create(kind, id, db, now);
            REQUIRE(editor != nullptr);
            CHECK_FALSE(editor->isNew());
            // What the form makes of the record is the record: saving it changes nothing.
            CHECK_FALSE(editor->isModified());
            CHECK(editor->issues().isEmpty());
        }
    };
    const auto idsOf = [](const auto& records) {
        QList<qint64> ids;
        for (const auto& record : records) {
            ids << record.id;
        }
        return ids;
    };
    check(EntityKind::ProcessingActivity, idsOf(ActivityRepository::all(db)));
    check(EntityKind::SecurityMeasure, idsOf(SecurityMeasureRepository::all(db)));
    check(EntityKind::SubProcessor, idsOf(pr::storage::SubProcessorRepository::all(db)));
    check(EntityKind::Client, idsOf(pr::storage::ClientRepository::all(db)));
    check(EntityKind::DataSubjectRequest, idsOf(pr::storage::RequestRepository::all(db)));
    check(EntityKind::Breach, idsOf(pr::storage::BreachRepository::all(db)));
    check(EntityKind::Agreement, idsOf(pr::storage::AgreementRepository::all(db)));
}

TEST_CASE("Saving an unchanged record adds no step, and Esc closes an unchanged editor",
          "[gui][editors]")
{
    pr::test::DemoWindow window;
    REQUIRE(window->recordEditing().openEditor(EntityKind::SecurityMeasure, kFirewall) != nullptr);
    EditorDialog* dialog = openDialog(window);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return window->recordEditing().openDialog() == nullptr; }));
    CHECK(window->undoStack()->count() == 0);

    REQUIRE(window->recordEditing().openEditor(EntityKind::SecurityMeasure, kFirewall) != nullptr);
    dialog = openDialog(window);
    QTest::keyClick(dialog, Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return window->recordEditing().openDialog() == nullptr; }));
}

TEST_CASE("Esc asks before it throws away edits", "[gui][editors]")
{
    pr::test::DemoWindow window;
    REQUIRE(window->recordEditing().openEditor(EntityKind::SecurityMeasure, kFirewall) != nullptr);
    EditorDialog* dialog = openDialog(window);
    QTest::keyClicks(field<QLineEdit>(dialog, "ownerEdit"), QStringLiteral("x"));
    QTest::keyClick(dialog, Qt::Key_Escape);
    answerQuestion(pr::test::openMessage(*dialog), QMessageBox::RejectRole); // keep editing
    CHECK(window->recordEditing().openDialog() == dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    answerQuestion(pr::test::openMessage(*dialog), QMessageBox::DestructiveRole);
    REQUIRE(QTest::qWaitFor([&] { return window->recordEditing().openDialog() == nullptr; }));
    CHECK(window->undoStack()->count() == 0);
}

TEST_CASE("Every editor saves an edit of a stored record, and undo restores it", "[gui][editors]")
{
    pr::test::DemoWindow window;
    const auto& db = window->currentRegister().database();
    // Per kind a text field of its form and a new value for it.
    const QList<std::tuple<EntityKind, const char*, QString>> edits = {
        {EntityKind::SubProcessor, "dataLocationEdit", QStringLiteral("Frankfurt")},
        {EntityKind::Client, "contactPhoneEdit", QStringLiteral("030 123 45 67")},
        {EntityKind::Agreement, "locationEdit", QStringLiteral("binnen Nederland")},
        {EntityKind::DataSubjectRequest, "requesterContactEdit",
         QStringLiteral("iemand@example.nl")},
        {EntityKind::Breach, "apReferenceEdit", QStringLiteral("AP-2026-123")},
    };
    const auto shown = [&](EntityKind kind, qint64 id, const char* name) {
        const auto editor = pr::gui::EditorFactory::create(kind, id, db, window.clock().now());
        REQUIRE(editor != nullptr);
        return field<QLineEdit>(editor.get(), name)->text();
    };
    for (const auto& [kind, name, text] : edits) {
        CAPTURE(static_cast<int>(kind));
        RecordListPage* page = window->pages().listPage(kind);
        page->table()->selectRow(0);
        const qint64 id = page->currentId();
        REQUIRE(id != 0);
        const QString before = shown(kind, id, name);
        REQUIRE(before != text);

        EditorDialog* dialog = window->recordEditing().openEditor(kind, id);
        REQUIRE(dialog != nullptr);
        QLineEdit* edit = field<QLineEdit>(dialog, name);
        edit->selectAll();
        QTest::keyClicks(edit, text);
        CAPTURE(dialog->summary()->text());
        REQUIRE(dialog->saveButton()->isEnabled());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return window->recordEditing().openDialog() == nullptr; }));
        CHECK(shown(kind, id, name) == text);

        window->undoStack()->undo();
        CHECK(shown(kind, id, name) == before);
    }
}

TEST_CASE("Enter on a row opens its editor, and Ctrl+N adds on the open tab", "[gui][editors]")
{
    pr::test::DemoWindow window;
    REQUIRE(QTest::qWaitForWindowActive(&*window));
    window->showSection(Section::Activities);
    RecordListPage* page = window->pages().currentListPage();
    page->table()->selectRow(0);
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_Return);
    EditorDialog* dialog = openDialog(window);
    CHECK(dialog->editor()->kind() == EntityKind::ProcessingActivity);
    CHECK_FALSE(dialog->editor()->isNew());
    dialog->done(QDialog::Rejected);
    REQUIRE(QTest::qWaitFor([&] { return window->recordEditing().openDialog() == nullptr; }));

    window->showSection(Section::ClientsAndAgreements);
    window->pages().clientTabs()->setCurrentIndex(1);
    CHECK(window->recordEditing().kindToAdd() == EntityKind::Agreement);
    window->recordEditing().addNew();
    dialog = openDialog(window);
    CHECK(dialog->editor()->kind() == EntityKind::Agreement);
    CHECK(dialog->editor()->isNew());
}

TEST_CASE("A date field shows dd-MM-yyyy, empties with Ctrl+Delete and steps from the "
          "suggested date",
          "[gui][editors]")
{
    pr::gui::DateField date;
    date.setSuggestedDate(QDate(2026, 11, 21));
    CHECK(date.value().isNull());
    date.setValue(QDate(2026, 3, 5));
    CHECK(date.text() == QStringLiteral("05-03-2026"));
    QTest::keyClick(&date, Qt::Key_Delete, Qt::ControlModifier);
    CHECK(date.value().isNull());
    QTest::keyClick(&date, Qt::Key_Up);
    CHECK(date.value() == QDate(2026, 11, 21));
}
