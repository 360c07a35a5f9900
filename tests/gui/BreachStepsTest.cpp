// The handling of a data breach in the window: every step is a button in the breach's details,
// offered as the firm's role allows (as processor the client decides on the AP and on the
// people), asked for in a small dialog with its moment to the minute, checked by the breach
// workflow as the user types, saved as one write and undone with Edit > Undo.

#include "BreachTestSupport.h"
#include "GuiTestSupport.h"
#include "StepTestSupport.h"
#include "UnnamedControls.h"
#include "gui/editing/BreachActions.h"
#include "gui/editing/BreachStepDialog.h"
#include "gui/editing/RegisterEditor.h"
#include "gui/pages/RecordListPage.h"
#include "gui/pages/SectionPages.h"
#include "gui/sections/BreachSection.h"
#include "storage/repositories/BreachRepository.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QUndoStack>

#include <catch2/catch.hpp>

using pr::core::Breach;
using pr::core::BreachStep;
using pr::core::EntityKind;
using pr::gui::BreachActions;
using pr::gui::BreachStepDialog;
using pr::storage::BreachRepository;
using pr::test::kClientBreach;
using pr::test::kOwnBreach;

using pr::test::child;
using pr::test::confirm;

namespace {

// Demo breaches: DL-2026-01 (own data) reported to the AP twice and the people told;
// DL-2026-03 (a client's data) passed on to the client.
constexpr qint64 kReported = 1;
constexpr qint64 kClientsDecided = 3;

BreachActions& actionsOf(pr::test::DemoWindow& window)
{
    auto* actions = window->findChild<BreachActions*>(QStringLiteral("breachActions"));
    REQUIRE(actions != nullptr);
    return *actions;
}

void selectBreach(pr::test::DemoWindow& window, qint64 id)
{
    REQUIRE(window->showRecord(EntityKind::Breach, id));
}

Breach breachOnDisk(const pr::test::DemoWindow& window, qint64 id)
{
    return pr::test::onDisk<BreachRepository>(window, id);
}

QList<BreachStep> shownSteps(BreachActions& actions)
{
    return pr::test::shownSteps<BreachStep>(actions);
}

BreachStepDialog* openStep(BreachActions& actions, BreachStep step)
{
    return pr::test::openStep<BreachStepDialog>(actions, step);
}

void setMoment(BreachStepDialog* dialog, const QDateTime& moment)
{
    child<QDateEdit>(dialog, "stepDate")->setDate(moment.date());
    child<QTimeEdit>(dialog, "stepTime")->setTime(moment.time());
}

} // namespace

TEST_CASE("A breach offers the steps of the firm's role: as processor none about the AP",
          "[gui][breach]")
{
    pr::test::DemoWindow window(pr::storage::OpenMode::ReadWrite, pr::test::addUndecidedBreaches);
    BreachActions& actions = actionsOf(window);

    // Own data, nothing decided: the AP and the people, each either way; no client.
    selectBreach(window, kOwnBreach);
    CHECK(shownSteps(actions) == QList{BreachStep::ReportToAuthority, BreachStep::DecideNotToReport,
                                       BreachStep::InformSubjects, BreachStep::DecideNotToInform});
    CHECK(actions.startStep(BreachStep::InformClient) == nullptr);

    // Own data, reported and the people told: only a follow-up report, and the button says so.
    selectBreach(window, kReported);
    CHECK(shownSteps(actions) == QList{BreachStep::ReportToAuthority});
    CHECK(actions.stepButton(BreachStep::ReportToAuthority)
              ->text()
              .contains(QStringLiteral("Follow-")));
    CHECK_FALSE(shownSteps(actions).contains(BreachStep::DecideNotToReport));

    // A client's data: the client is told, and decides on the AP (art. 33(2)).
    selectBreach(window, kClientBreach);
    CHECK(shownSteps(actions) == QList{BreachStep::InformClient});
    CHECK(actions.startStep(BreachStep::ReportToAuthority) == nullptr);
    CHECK(actions.startStep(BreachStep::DecideNotToReport) == nullptr);
    selectBreach(window, kClientsDecided); // the client was told: nothing left for the firm
    CHECK(shownSteps(actions).isEmpty());
    CHECK(actions.startStep(BreachStep::ReportToAuthority) == nullptr);
}

TEST_CASE("A read-only register offers no breach steps", "[gui][breach]")
{
    pr::test::DemoWindow window(pr::storage::OpenMode::ReadOnly, pr::test::addUndecidedBreaches);
    BreachActions& actions = actionsOf(window);
    selectBreach(window, kOwnBreach);
    CHECK(shownSteps(actions).isEmpty());
    CHECK(actions.startStep(BreachStep::ReportToAuthority) == nullptr);
}

TEST_CASE("Reported to the AP from the details stores the report with its moment and the AP's "
          "number, and undo puts back exactly the breach as it was",
          "[gui][breach]")
{
    pr::test::DemoWindow window(pr::storage::OpenMode::ReadWrite, pr::test::addUndecidedBreaches);
    BreachActions& actions = actionsOf(window);
    selectBreach(window, kOwnBreach);
    const Breach before = breachOnDisk(window, kOwnBreach);

    BreachStepDialog* dialog = openStep(actions, BreachStep::ReportToAuthority);
    CHECK(dialog->moment() == pr::test::demoNow()); // now, to start with
    CAPTURE(pr::test::unnamedControls(*dialog).join(QStringLiteral(", ")).toStdString());
    CHECK(pr::test::unnamedControls(*dialog).isEmpty());
    CHECK(child<QLineEdit>(dialog, "apReference")->text().isEmpty());
    setMoment(dialog, QDateTime(QDate(2026, 11, 20), QTime(16, 45)));
    pr::test::type(child<QPlainTextEdit>(dialog, "stepText"),
                   QStringLiteral("Laptop gestolen, schijf niet versleuteld."));
    pr::test::type(child<QLineEdit>(dialog, "apReference"), QStringLiteral("M-2026-0999"));
    confirm(window, dialog);

    const Breach stepped = breachOnDisk(window, kOwnBreach);
    CHECK(stepped.apNotified == true);
    REQUIRE(stepped.apNotifications.size() == 1);
    CHECK(stepped.apNotifications.first().phase == pr::core::NotificationPhase::Initial);
    CHECK(stepped.apNotifications.first().at.toLocalTime() ==
          QDateTime(QDate(2026, 11, 20), QTime(16, 45)));
    CHECK(stepped.apNotifications.first().summary ==
          QStringLiteral("Laptop gestolen, schijf niet versleuteld."));
    CHECK(stepped.apReference == QStringLiteral("M-2026-0999"));
    // Decided: no "not reported" any more; the next report is a follow-up.
    CHECK(shownSteps(actions) == QList{BreachStep::ReportToAuthority, BreachStep::InformSubjects,
                                       BreachStep::DecideNotToInform});
    CHECK(actions.stepButton(BreachStep::ReportToAuthority)
              ->text()
              .contains(QStringLiteral("Follow-")));

    window->undoStack()->undo();
    CHECK(breachOnDisk(window, kOwnBreach) == before);
    CHECK(shownSteps(actions).contains(BreachStep::DecideNotToReport));
    window->undoStack()->redo();
    CHECK(breachOnDisk(window, kOwnBreach) == stepped);

    // The follow-up starts from the AP's number as recorded.
    BreachStepDialog* followUp = openStep(actions, BreachStep::ReportToAuthority);
    CHECK(child<QLineEdit>(followUp, "apReference")->text() == QStringLiteral("M-2026-0999"));
    followUp->reject();
}

TEST_CASE("A moment in the future or before the discovery is refused beside the date, and OK "
          "waits",
          "[gui][breach]")
{
    pr::test::DemoWindow window(pr::storage::OpenMode::ReadWrite, pr::test::addUndecidedBreaches);
    BreachActions& actions = actionsOf(window);
    selectBreach(window, kOwnBreach); // discovered on 20 November at 15:00
    BreachStepDialog* dialog = openStep(actions, BreachStep::ReportToAuthority);
    auto* issue = child<QLabel>(dialog, "apNotificationsIssue");
    CHECK(issue->isHidden());
    CHECK(dialog->okButton()->isEnabled());

    // A minute after now: hours count, so the time alone decides.
    child<QTimeEdit>(dialog, "stepTime")->setTime(QTime(9, 1));
    CHECK_FALSE(issue->isHidden());
    CHECK(issue->text().contains(QStringLiteral("future")));
    CHECK_FALSE(dialog->okButton()->isEnabled());

    setMoment(dialog, QDateTime(QDate(2026, 11, 20), QTime(14, 59)));
    CHECK_FALSE(issue->isHidden());
    CHECK(issue->text().contains(QStringLiteral("before the breach was discovered")));
    CHECK_FALSE(dialog->okButton()->isEnabled());
    Q_EMIT dialog->submitted(); // as if OK were pressed anyway: nothing is recorded
    CHECK(window->undoStack()->count() == 0);
    CHECK(dialog->isVisible());

    child<QTimeEdit>(dialog, "stepTime")->setTime(QTime(15, 0));
    CHECK(issue->isHidden());
    confirm(window, dialog);
}

TEST_CASE("Not reported and people not informed need their reason, under its field",
          "[gui][breach]")
{
    pr::test::DemoWindow window(pr::storage::OpenMode::ReadWrite, pr::test::addUndecidedBreaches);
    BreachActions& actions = actionsOf(window);
    selectBreach(window, kOwnBreach);

    BreachStepDialog* notReported = openStep(actions, BreachStep::DecideNotToReport);
    CHECK(pr::test::unnamedControls(*notReported).isEmpty());
    auto* reasonIssue = child<QLabel>(notReported, "apNotNotifiedReasonIssue");
    CHECK_FALSE(reasonIssue->isHidden());
    CHECK(reasonIssue->text().contains(QStringLiteral("33(1) and (5)")));
    CHECK_FALSE(notReported->okButton()->isEnabled());
    pr::test::type(child<QPlainTextEdit>(notReported, "stepReason"),
                   QStringLiteral("Schijf versleuteld"));
    CHECK(reasonIssue->isHidden());
    confirm(window, notReported);
    Breach stored = breachOnDisk(window, kOwnBreach);
    CHECK(stored.apNotified == false);
    CHECK(stored.apNotNotifiedReason == QStringLiteral("Schijf versleuteld"));

    BreachStepDialog* notInformed = openStep(actions, BreachStep::DecideNotToInform);
    CHECK_FALSE(child<QLabel>(notInformed, "subjectsNotInformedReasonIssue")->isHidden());
    CHECK_FALSE(notInformed->okButton()->isEnabled());
    pr::test::type(child<QPlainTextEdit>(notInformed, "stepReason"),
                   QStringLiteral("Versleuteld: onleesbaar voor de dief (art. 34(3)(a))"));
    confirm(window, notInformed);
    stored = breachOnDisk(window, kOwnBreach);
    CHECK(stored.subjectsInformed == false);
    CHECK(stored.subjectsNotInformedReason ==
          QStringLiteral("Versleuteld: onleesbaar voor de dief (art. 34(3)(a))"));
    CHECK(shownSteps(actions).isEmpty());
}

TEST_CASE("Client informed records the moment the client was told", "[gui][breach]")
{
    pr::test::DemoWindow window(pr::storage::OpenMode::ReadWrite, pr::test::addUndecidedBreaches);
    BreachActions& actions = actionsOf(window);
    selectBreach(window, kClientBreach);
    BreachStepDialog* dialog = openStep(actions, BreachStep::InformClient);
    CHECK(pr::test::unnamedControls(*dialog).isEmpty());
    CHECK(dialog->findChild<QPlainTextEdit*>() == nullptr); // nothing else to ask
    setMoment(dialog, QDateTime(QDate(2026, 11, 20), QTime(15, 40)));
    confirm(window, dialog);
    CHECK(breachOnDisk(window, kClientBreach).clientNotifiedAt.toLocalTime() ==
          QDateTime(QDate(2026, 11, 20), QTime(15, 40)));
    CHECK(shownSteps(actions).isEmpty());
}

TEST_CASE("A client's breach says the client decides on the AP and on telling the people",
          "[gui][breach]")
{
    pr::test::DemoWindow window;
    auto* editor = window->findChild<pr::gui::RegisterEditor*>();
    REQUIRE(editor != nullptr);
    const pr::gui::RecordSection section = pr::gui::BreachSection::make(editor->context());
    // Demo breach 3 concerns a client's data and records nothing about telling the people.
    const auto details = section.details(window->currentRegister().database(), 3);
    REQUIRE(details.has_value());
    QString people;
    for (const auto& row : details->fields) {
        if (row.label == QCoreApplication::translate("BreachSection", "People informed")) {
            people = row.value;
        }
    }
    CHECK(people == QCoreApplication::translate("BreachSection", "The client decides"));
}
