// The handling of a data-subject request in the window: the request editor keeps the facts only
// (who, right, channel, client, received date, reference), and every step of the handling is a
// button in the request's details that opens a small dialog, is checked by the request workflow
// as the user types, saved as one write and undone with Edit > Undo. "Make a letter" leads to
// the letters that fit the request, in Documenten.

#include "GuiTestSupport.h"
#include "StepTestSupport.h"
#include "UnnamedControls.h"
#include "core/workflow/RequestStage.h"
#include "core/workflow/RequestWorkflow.h"
#include "gui/documents/DocumentsPage.h"
#include "gui/editing/RecordEditing.h"
#include "gui/editing/RequestActions.h"
#include "gui/editing/RequestStepDialog.h"
#include "gui/editors/DateField.h"
#include "gui/editors/EditorDialog.h"
#include "gui/pages/DetailPane.h"
#include "gui/pages/RecordListPage.h"
#include "gui/pages/SectionPages.h"
#include "storage/repositories/RequestRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>

#include <catch2/catch.hpp>

using pr::core::DataSubjectRequest;
using pr::core::EntityKind;
using pr::core::RefusalGround;
using pr::core::RequestStage;
using pr::core::RequestStatus;
using pr::core::RequestStep;
using pr::gui::EditorDialog;
using pr::gui::RequestActions;
using pr::gui::RequestStepDialog;
using pr::report::DocumentKind;
using pr::storage::RequestRepository;

using pr::test::child;
using pr::test::confirm;

namespace {

// Demo requests: VZ-2026-11 came in by telephone on 19 November and is only received;
// VZ-2026-08 waits for proof of identity since 2 November.
constexpr qint64 kFresh = 11;
constexpr qint64 kAwaitingIdentity = 8;

RequestActions& actionsOf(pr::test::DemoWindow& window)
{
    auto* actions = window->findChild<RequestActions*>(QStringLiteral("requestActions"));
    REQUIRE(actions != nullptr);
    return *actions;
}

void selectRequest(pr::test::DemoWindow& window, qint64 id)
{
    REQUIRE(window->showRecord(EntityKind::DataSubjectRequest, id));
}

DataSubjectRequest requestOnDisk(const pr::test::DemoWindow& window, qint64 id)
{
    return pr::test::onDisk<RequestRepository>(window, id);
}

QList<RequestStep> shownSteps(RequestActions& actions)
{
    return pr::test::shownSteps<RequestStep>(actions);
}

RequestStepDialog* openStep(RequestActions& actions, RequestStep step)
{
    return pr::test::openStep<RequestStepDialog>(actions, step);
}

void setDate(RequestStepDialog* dialog, QDate date)
{
    child<QDateEdit>(dialog, "stepDate")->setDate(date);
}

EditorDialog* openEditor(pr::test::DemoWindow& window, qint64 id)
{
    EditorDialog* dialog = window->recordEditing().openEditor(EntityKind::DataSubjectRequest, id);
    REQUIRE(dialog != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    return dialog;
}

} // namespace

TEST_CASE("The request editor has no status and no handling fields, only the facts",
          "[gui][requests][editors]")
{
    pr::test::DemoWindow window;
    for (const qint64 id : {qint64{0}, kAwaitingIdentity}) {
        CAPTURE(id);
        EditorDialog* dialog = openEditor(window, id);
        // A status to choose would let a new request be set straight to "answered".
        for (QComboBox* combo : dialog->findChildren<QComboBox*>()) {
            CAPTURE(combo->objectName().toStdString());
            CHECK(combo->findText(pr::core::enumLabel(RequestStatus::Answered)) < 0);
        }
        for (const char* handling :
             {"statusCombo", "identityRequestedDateEdit", "identityVerifiedDateEdit",
              "idCopyDestroyedDateEdit", "clientInformedDateEdit", "extendedCheck",
              "extensionToldOnEdit", "extensionReasonEdit", "answeredDateEdit", "outcomeEdit",
              "refusalReasonEdit"}) {
            CAPTURE(handling);
            CHECK(dialog->findChild<QWidget*>(QLatin1String(handling)) == nullptr);
        }
        // The facts are all there; the only dates are the received date's.
        for (const char* fact : {"referenceEdit", "requesterNameEdit", "requesterContactEdit",
                                 "rightCombo", "receivedDateEdit", "channelCombo", "clientCombo",
                                 "identityDoubtEdit", "identityProofAskedEdit", "copyProvidedEdit",
                                 "recipientsInformedEdit", "notesEdit"}) {
            CAPTURE(fact);
            CHECK(dialog->findChild<QWidget*>(QLatin1String(fact)) != nullptr);
        }
        CHECK(dialog->findChildren<pr::gui::DateField*>().size() == 1);
        CHECK(pr::test::unnamedControls(*dialog).isEmpty());
        dialog->done(QDialog::Rejected);
        REQUIRE(QTest::qWaitFor([&] { return window->recordEditing().openDialog() == nullptr; }));
    }
}

TEST_CASE("A received date in the future is refused under its field, and Save waits",
          "[gui][requests][editors]")
{
    pr::test::DemoWindow window;
    window->showSection(pr::gui::Section::Requests);
    const int before =
        static_cast<int>(RequestRepository::all(window->currentRegister().database()).size());
    EditorDialog* dialog = openEditor(window, 0);
    QTest::keyClicks(child<QLineEdit>(dialog, "requesterNameEdit"), QStringLiteral("P. Smit"));
    auto* received = child<pr::gui::DateField>(dialog, "receivedDateEdit");
    auto* issue = child<QLabel>(dialog, "receivedDateIssue");
    CHECK(issue->isHidden());
    REQUIRE(dialog->saveButton()->isEnabled());

    received->setValue(QDate(2027, 11, 21)); // a year after the demo's day
    CHECK_FALSE(issue->isHidden());
    CHECK(issue->text().contains(QStringLiteral("future")));
    CHECK_FALSE(dialog->saveButton()->isEnabled());
    dialog->accept(); // Enter, or a Save that slipped through: refused all the same
    CHECK(window->recordEditing().openDialog() == dialog);
    CHECK(RequestRepository::all(window->currentRegister().database()).size() == before);

    received->setValue(QDate(2026, 11, 20));
    CHECK(issue->isHidden());
    REQUIRE(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return window->recordEditing().openDialog() == nullptr; }));
    const qint64 added = window->pages().currentListPage()->currentId();
    const DataSubjectRequest stored = requestOnDisk(window, added);
    CHECK(stored.requesterName == QStringLiteral("P. Smit"));
    CHECK(stored.receivedDate == QDate(2026, 11, 20));
    CHECK(stored.status == RequestStatus::Received);
}

TEST_CASE("Editing a request's facts keeps its handling as it was", "[gui][requests][editors]")
{
    pr::test::DemoWindow window;
    selectRequest(window, kAwaitingIdentity);
    const DataSubjectRequest before = requestOnDisk(window, kAwaitingIdentity);
    EditorDialog* dialog = openEditor(window, kAwaitingIdentity);
    QLineEdit* contact = child<QLineEdit>(dialog, "requesterContactEdit");
    contact->selectAll();
    QTest::keyClicks(contact, QStringLiteral("kuiper@example.org"));
    // Received after the identity was asked for: the handling rules it out, under the field.
    auto* received = child<pr::gui::DateField>(dialog, "receivedDateEdit");
    received->setValue(QDate(2026, 11, 3));
    CHECK_FALSE(child<QLabel>(dialog, "receivedDateIssue")->isHidden());
    CHECK_FALSE(dialog->saveButton()->isEnabled());
    received->setValue(before.receivedDate);
    REQUIRE(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return window->recordEditing().openDialog() == nullptr; }));

    DataSubjectRequest expected = before;
    expected.requesterContact = QStringLiteral("kuiper@example.org");
    CHECK(requestOnDisk(window, kAwaitingIdentity) == expected);
}

TEST_CASE("The editor keeps the notes for the file and what the letters state, and the doubt "
          "only once proof was asked",
          "[gui][requests][editors]")
{
    pr::test::DemoWindow window;
    selectRequest(window, kFresh); // no identity asked: the doubt is not a field to fill yet
    EditorDialog* fresh = openEditor(window, kFresh);
    CHECK_FALSE(child<QPlainTextEdit>(fresh, "identityDoubtEdit")->isEnabled());
    fresh->done(QDialog::Rejected);
    REQUIRE(QTest::qWaitFor([&] { return window->recordEditing().openDialog() == nullptr; }));

    selectRequest(window, kAwaitingIdentity);
    const DataSubjectRequest before = requestOnDisk(window, kAwaitingIdentity);
    EditorDialog* dialog = openEditor(window, kAwaitingIdentity);
    auto* doubt = child<QPlainTextEdit>(dialog, "identityDoubtEdit");
    CHECK(doubt->isEnabled());
    CHECK(doubt->toPlainText() == before.identityDoubt);
    pr::test::type(child<QPlainTextEdit>(dialog, "notesEdit"),
                   QStringLiteral("Teruggebeld, voicemail ingesproken"));
    QTest::keyClicks(child<QLineEdit>(dialog, "copyProvidedEdit"),
                     QStringLiteral("als bijlage bij deze brief"));
    REQUIRE(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return window->recordEditing().openDialog() == nullptr; }));

    DataSubjectRequest expected = before;
    expected.notes = QStringLiteral("Teruggebeld, voicemail ingesproken");
    expected.copyProvided = QStringLiteral("als bijlage bij deze brief");
    CHECK(requestOnDisk(window, kAwaitingIdentity) == expected);
    CHECK(window->pages().currentListPage()->detailPane()->value(QStringLiteral(
              "Notes for the file")) == QStringLiteral("Teruggebeld, voicemail ingesproken"));
}

TEST_CASE("A fresh request offers the first steps, never an answer", "[gui][requests]")
{
    pr::test::DemoWindow window;
    RequestActions& actions = actionsOf(window);
    selectRequest(window, kFresh);
    CHECK(shownSteps(actions) == QList{RequestStep::RequestIdentity, RequestStep::Start,
                                       RequestStep::Extend, RequestStep::Refuse,
                                       RequestStep::Withdraw});
    CHECK(actions.startStep(RequestStep::Answer) == nullptr);

    // A request added in the editor starts as received: no answer either.
    EditorDialog* dialog = openEditor(window, 0);
    QTest::keyClicks(child<QLineEdit>(dialog, "requesterNameEdit"), QStringLiteral("P. Smit"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return window->recordEditing().openDialog() == nullptr; }));
    const qint64 added = window->pages().currentListPage()->currentId();
    REQUIRE(added > 12);
    CHECK(requestOnDisk(window, added).status == RequestStatus::Received);
    CHECK_FALSE(shownSteps(actions).contains(RequestStep::Answer));
    CHECK(actions.startStep(RequestStep::Answer) == nullptr);
}

TEST_CASE("Identity requested from the details moves the stage and stores the date, and undo "
          "puts back exactly the request as it was",
          "[gui][requests]")
{
    pr::test::DemoWindow window;
    RequestActions& actions = actionsOf(window);
    selectRequest(window, kFresh);
    const DataSubjectRequest before = requestOnDisk(window, kFresh);

    RequestStepDialog* dialog = openStep(actions, RequestStep::RequestIdentity);
    CHECK(dialog->date() == QDate(2026, 11, 21)); // today, to start with
    CAPTURE(pr::test::unnamedControls(*dialog).join(QStringLiteral(", ")).toStdString());
    CHECK(pr::test::unnamedControls(*dialog).isEmpty());
    setDate(dialog, QDate(2026, 11, 20));
    // Art. 12(6): no proof without the reasonable doubt, which the letter states.
    CHECK_FALSE(child<QLabel>(dialog, "identityDoubtIssue")->isHidden());
    CHECK_FALSE(dialog->okButton()->isEnabled());
    pr::test::type(child<QPlainTextEdit>(dialog, "identityDoubt"),
                   QStringLiteral("Gebeld vanaf een onbekend nummer"));
    pr::test::type(child<QPlainTextEdit>(dialog, "identityProofAsked"),
                   QStringLiteral("Een bevestiging per e-mail"));
    confirm(window, dialog);

    const DataSubjectRequest stepped = requestOnDisk(window, kFresh);
    CHECK(pr::core::stageOf(stepped) == RequestStage::IdentityRequested);
    CHECK(stepped.identityRequestedDate == QDate(2026, 11, 20));
    CHECK(stepped.identityDoubt == QStringLiteral("Gebeld vanaf een onbekend nummer"));
    CHECK(stepped.identityProofAsked == QStringLiteral("Een bevestiging per e-mail"));
    CHECK(shownSteps(actions) == QList{RequestStep::VerifyIdentity, RequestStep::Extend,
                                       RequestStep::Refuse, RequestStep::Withdraw});
    CHECK(window->pages().currentListPage()->detailPane()->value(QStringLiteral("Status")) ==
          pr::core::enumLabel(RequestStatus::AwaitingIdentity));

    window->undoStack()->undo();
    CHECK(requestOnDisk(window, kFresh) == before);
    CHECK(shownSteps(actions).contains(RequestStep::RequestIdentity));
    window->undoStack()->redo();
    CHECK(requestOnDisk(window, kFresh) == stepped);
}

TEST_CASE("A step's date in the future or before receipt is refused beside the date, and OK "
          "waits",
          "[gui][requests]")
{
    pr::test::DemoWindow window;
    RequestActions& actions = actionsOf(window);
    selectRequest(window, kFresh); // received on 19 November
    RequestStepDialog* dialog = openStep(actions, RequestStep::RequestIdentity);
    pr::test::type(child<QPlainTextEdit>(dialog, "identityDoubt"),
                   QStringLiteral("Gebeld vanaf een onbekend nummer"));
    auto* issue = child<QLabel>(dialog, "identityRequestedDateIssue");
    CHECK(issue->isHidden());
    CHECK(dialog->okButton()->isEnabled());

    setDate(dialog, QDate(2026, 11, 22));
    CHECK_FALSE(issue->isHidden());
    CHECK(issue->text().contains(QStringLiteral("future")));
    CHECK_FALSE(dialog->okButton()->isEnabled());

    setDate(dialog, QDate(2026, 11, 18));
    CHECK_FALSE(issue->isHidden());
    CHECK(issue->text().contains(QStringLiteral("before the request came in")));
    CHECK_FALSE(dialog->okButton()->isEnabled());
    Q_EMIT dialog->submitted(); // as if OK were pressed anyway: nothing is recorded
    CHECK(window->undoStack()->count() == 0);
    CHECK(dialog->isVisible());

    setDate(dialog, QDate(2026, 11, 19));
    CHECK(issue->isHidden());
    confirm(window, dialog);
}

TEST_CASE("Identity verified keeps only the date the ID copy was destroyed", "[gui][requests]")
{
    pr::test::DemoWindow window;
    RequestActions& actions = actionsOf(window);
    selectRequest(window, kAwaitingIdentity); // identity asked for on 2 November
    RequestStepDialog* dialog = openStep(actions, RequestStep::VerifyIdentity);
    auto* destroyed = child<pr::gui::DateField>(dialog, "idCopyDestroyed");
    CHECK_FALSE(destroyed->value().isValid()); // no copy unless the user says so
    setDate(dialog, QDate(2026, 11, 10));
    destroyed->setValue(QDate(2026, 11, 9)); // before the check it served
    CHECK_FALSE(child<QLabel>(dialog, "idCopyDestroyedDateIssue")->isHidden());
    CHECK_FALSE(dialog->okButton()->isEnabled());
    destroyed->setValue(QDate(2026, 11, 10));
    confirm(window, dialog);

    const DataSubjectRequest stored = requestOnDisk(window, kAwaitingIdentity);
    CHECK(pr::core::stageOf(stored) == RequestStage::IdentityVerified);
    CHECK(stored.identityVerifiedDate == QDate(2026, 11, 10));
    CHECK(stored.idCopyDestroyedDate == QDate(2026, 11, 10));
}

TEST_CASE("An extension needs its reason, and a refusal its reason and the art. 12(4) "
          "information, which is filled in",
          "[gui][requests]")
{
    pr::test::DemoWindow window;
    RequestActions& actions = actionsOf(window);
    selectRequest(window, kFresh);

    RequestStepDialog* extend = openStep(actions, RequestStep::Extend);
    CHECK_FALSE(child<QLabel>(extend, "extension.reasonIssue")->isHidden());
    CHECK_FALSE(extend->okButton()->isEnabled());
    pr::test::type(child<QPlainTextEdit>(extend, "stepReason"),
                   QStringLiteral("Gegevens in drie systemen"));
    confirm(window, extend);
    DataSubjectRequest stored = requestOnDisk(window, kFresh);
    REQUIRE(stored.extension);
    CHECK(stored.extension->toldOn == QDate(2026, 11, 21));
    CHECK(stored.extension->reason == QStringLiteral("Gegevens in drie systemen"));
    CHECK_FALSE(shownSteps(actions).contains(RequestStep::Extend)); // once

    RequestStepDialog* refuse = openStep(actions, RequestStep::Refuse);
    auto* information = child<QPlainTextEdit>(refuse, "stepOutcome");
    CHECK(information->toPlainText() == pr::core::RequestWorkflow::complaintInformation());
    CHECK_FALSE(refuse->okButton()->isEnabled());
    pr::test::type(child<QPlainTextEdit>(refuse, "stepReason"),
                   QStringLiteral("Kennelijk ongegrond"));
    // The ground is the user's choice, from the grounds that can refuse this right
    // (rectification): none to start with, and none of art. 17(3) or 21(1) to choose.
    auto* ground = child<QComboBox>(refuse, "refusalGround");
    CHECK_FALSE(child<QLabel>(refuse, "refusalGroundIssue")->isHidden());
    CHECK_FALSE(refuse->okButton()->isEnabled());
    CHECK(ground->findData(pr::core::enumCode(RefusalGround::LegalClaims)) < 0);
    CHECK(ground->findData(pr::core::enumCode(RefusalGround::CompellingGrounds)) < 0);
    const int unfounded = ground->findData(pr::core::enumCode(RefusalGround::ManifestlyUnfounded));
    REQUIRE(unfounded > 0);
    ground->setCurrentIndex(unfounded);
    CHECK(child<QLabel>(refuse, "refusalGroundIssue")->isHidden());
    confirm(window, refuse);
    stored = requestOnDisk(window, kFresh);
    CHECK(stored.status == RequestStatus::Refused);
    CHECK(stored.refusalReason == QStringLiteral("Kennelijk ongegrond"));
    CHECK(stored.refusalGround == RefusalGround::ManifestlyUnfounded);
    CHECK(stored.outcome == pr::core::RequestWorkflow::complaintInformation());
    CHECK(shownSteps(actions).isEmpty());
    CHECK(actions.offeredLetters().contains(DocumentKind::RefusalLetter));
}

TEST_CASE("A read-only register offers no request steps, but its letters", "[gui][requests]")
{
    pr::test::DemoWindow window(pr::storage::OpenMode::ReadOnly);
    RequestActions& actions = actionsOf(window);
    selectRequest(window, kFresh);
    CHECK(shownSteps(actions).isEmpty());
    CHECK(actions.startStep(RequestStep::RequestIdentity) == nullptr);
    CHECK_FALSE(actions.letterButton()->isHidden());
    CHECK(actions.offeredLetters() == QList{DocumentKind::AcknowledgementLetter});
}

TEST_CASE("Make a letter offers the letters that fit and opens the one chosen in Documenten",
          "[gui][requests][documents]")
{
    pr::test::DemoWindow window;
    RequestActions& actions = actionsOf(window);
    selectRequest(window, kAwaitingIdentity);
    // An access request waiting for proof of identity: no access yet (LetterEligibility).
    CHECK(actions.offeredLetters() ==
          QList{DocumentKind::AcknowledgementLetter, DocumentKind::IdentificationLetter});

    // One click on the letter in the button's menu.
    QMenu* menu = actions.letterButton()->menu();
    REQUIRE(menu != nullptr);
    menu->actions().at(1)->trigger();
    CHECK(window->currentSection() == pr::gui::Section::Documents);
    pr::gui::DocumentsPage* documents = window->pages().documentsPage();
    CHECK(documents->request().kind == DocumentKind::IdentificationLetter);
    CHECK(documents->request().requestId == kAwaitingIdentity);
    // Previewed: rendered once the page is in view, without a further click.
    REQUIRE(QTest::qWaitFor([&] { return documents->renderCount() > 0; }, 30000));
    CHECK(documents->statusText().isEmpty());

    // The answer to an access request, once the identity is verified: the page asks which
    // activities concern the person, with the list in focus.
    selectRequest(window, 10); // VZ-2026-10, access, identity verified
    CHECK(window->currentSection() == pr::gui::Section::Requests);
    REQUIRE(actions.offeredLetters().contains(DocumentKind::AccessLetter));
    REQUIRE(actions.openLetter(DocumentKind::AccessLetter));
    CHECK(documents->request().kind == DocumentKind::AccessLetter);
    CHECK(documents->request().requestId == 10);
    CHECK(QApplication::focusWidget() ==
          documents->findChild<QListWidget*>(QStringLiteral("activitiesList")));
    CHECK_FALSE(actions.openLetter(DocumentKind::RefusalLetter)); // does not fit
}
