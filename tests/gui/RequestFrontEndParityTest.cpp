// One set of rules for both front ends: the same steps of a data-subject request, taken with
// `privacyregister-cli request-step` on one copy of the demo register and with the buttons of
// the request's details on another, leave the same stored request, because both call the same
// use case (usecases::RequestSteps).

#include "GuiTestSupport.h"
#include "StepTestSupport.h"
#include "gui/editing/RequestActions.h"
#include "gui/editing/RequestStepDialog.h"
#include "gui/editors/DateField.h"
#include "storage/repositories/RequestRepository.h"
#include "support/CliRunner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>

#include <catch2/catch.hpp>

using pr::core::DataSubjectRequest;
using pr::core::EntityKind;
using pr::core::RequestStep;

namespace {

// What one step needs, as both front ends take it.
struct Step {
    qint64 request;
    RequestStep step;
    QDate date;
    QString reason = {};      // --reason; the dialog's reason
    QString outcome = {};     // --outcome; the dialog's outcome, when given
    QDate copyDestroyed = {}; // --copy-destroyed; the dialog's date of the destroyed copy
    QString doubt = {};       // --doubt; the dialog's reasonable doubt
    std::optional<pr::core::RefusalGround> ground = {}; // --ground; the dialog's choice
};

// On the demo's day, 21 November 2026: VZ-2026-11 (received 19 November) from its receipt
// to its answer, every step with what it records besides its date; VZ-2026-06 (received
// 13 October) refused with the standard art. 12(4) sentence, which the CLI adds by itself and
// the dialog fills in; VZ-2026-09 (a client's, the client informed) withdrawn.
QList<Step> steps()
{
    using S = RequestStep;
    return {
        {.request = 11,
         .step = S::RequestIdentity,
         .date = QDate(2026, 11, 19),
         .doubt = QStringLiteral("Gebeld vanaf een onbekend nummer")},
        {.request = 11,
         .step = S::VerifyIdentity,
         .date = QDate(2026, 11, 20),
         .copyDestroyed = QDate(2026, 11, 20)},
        {.request = 11, .step = S::Start, .date = QDate(2026, 11, 20)},
        {.request = 11,
         .step = S::Extend,
         .date = QDate(2026, 11, 21),
         .reason = QStringLiteral("Drie systemen doorzoeken")},
        {.request = 11,
         .step = S::Answer,
         .date = QDate(2026, 11, 21),
         .outcome = QStringLiteral("Adres gecorrigeerd in de administratie")},
        {.request = 6,
         .step = S::Refuse,
         .date = QDate(2026, 11, 20),
         .reason = QStringLiteral("Kennelijk ongegrond"),
         .ground = pr::core::RefusalGround::ManifestlyUnfounded},
        {.request = 9,
         .step = S::Withdraw,
         .date = QDate(2026, 11, 21),
         .outcome = QStringLiteral("Ingetrokken per e-mail")},
    };
}

QStringList cliArguments(const Step& step)
{
    QStringList arguments{QStringLiteral("request-step"), QString::number(step.request),
                          QStringLiteral("--to"),         pr::core::enumCode(step.step),
                          QStringLiteral("--date"),       step.date.toString(Qt::ISODate)};
    if (!step.reason.isEmpty()) {
        arguments << QStringLiteral("--reason") << step.reason;
    }
    if (!step.outcome.isEmpty()) {
        arguments << QStringLiteral("--outcome") << step.outcome;
    }
    if (step.copyDestroyed.isValid()) {
        arguments << QStringLiteral("--copy-destroyed") << step.copyDestroyed.toString(Qt::ISODate);
    }
    if (!step.doubt.isEmpty()) {
        arguments << QStringLiteral("--doubt") << step.doubt;
    }
    if (step.ground) {
        arguments << QStringLiteral("--ground") << pr::core::enumCode(*step.ground);
    }
    return arguments;
}

// Takes STEP with the request's button and its dialog, as a user does.
void takeInWindow(pr::gui::MainWindow& window, const Step& step)
{
    REQUIRE(window.showRecord(EntityKind::DataSubjectRequest, step.request));
    auto* actions = window.findChild<pr::gui::RequestActions*>();
    REQUIRE(actions != nullptr);
    QPushButton* button = actions->stepButton(step.step);
    REQUIRE_FALSE(button->isHidden());
    button->click();
    pr::gui::RequestStepDialog* dialog = nullptr;
    for (auto* candidate : window.findChildren<pr::gui::RequestStepDialog*>()) {
        if (candidate->isVisible()) {
            dialog = candidate;
        }
    }
    REQUIRE(dialog != nullptr);
    dialog->findChild<QDateEdit*>(QStringLiteral("stepDate"))->setDate(step.date);
    if (!step.reason.isEmpty()) {
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("stepReason"))->setPlainText(step.reason);
    }
    if (!step.outcome.isEmpty()) {
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("stepOutcome"))
            ->setPlainText(step.outcome);
    }
    if (step.copyDestroyed.isValid()) {
        dialog->findChild<pr::gui::DateField*>(QStringLiteral("idCopyDestroyed"))
            ->setValue(step.copyDestroyed);
    }
    if (!step.doubt.isEmpty()) {
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("identityDoubt"))
            ->setPlainText(step.doubt);
    }
    if (step.ground) {
        auto* ground = dialog->findChild<QComboBox*>(QStringLiteral("refusalGround"));
        ground->setCurrentIndex(ground->findData(pr::core::enumCode(*step.ground)));
    }
    const int taken = window.undoStack()->count();
    REQUIRE(dialog->okButton()->isEnabled());
    dialog->okButton()->click();
    REQUIRE(QTest::qWaitFor([&] { return window.undoStack()->count() == taken + 1; }));
}

// Runs STEP with the command-line tool on DEMO's register, at the demo's moment.
void takeWithCli(const pr::test::DemoRegister& demo, const QString& passwordFile, const Step& step)
{
    pr::test::runCliOn(demo, passwordFile, cliArguments(step));
}

} // namespace

TEST_CASE("The same request steps in the window and with the CLI store the same requests",
          "[gui][cli][requests]")
{
    pr::test::DemoWindow window;
    const pr::test::DemoRegister other;
    QTemporaryDir files;
    const QString passwordFile = files.filePath(QStringLiteral("password"));
    REQUIRE(pr::test::writeFile(
        passwordFile,
        QByteArray(pr::test::kPassword.data(), static_cast<qsizetype>(pr::test::kPassword.size())) +
            '\n'));

    for (const Step& step : steps()) {
        CAPTURE(step.request, pr::core::enumCode(step.step).toStdString());
        takeInWindow(*window, step);
        takeWithCli(other, passwordFile, step);
    }
    REQUIRE(window->undoStack()->count() == steps().size());

    const auto reg = other.open(pr::storage::OpenMode::ReadOnly);
    for (const qint64 id : {6, 9, 11}) {
        CAPTURE(id);
        const auto inWindow =
            pr::storage::RequestRepository::find(window->currentRegister().database(), id);
        const auto byCli = pr::storage::RequestRepository::find(reg->database(), id);
        REQUIRE(inWindow.has_value());
        REQUIRE(byCli.has_value());
        CHECK(pr::core::isClosed(inWindow->status));
        CHECK(*inWindow == *byCli);
    }
}
