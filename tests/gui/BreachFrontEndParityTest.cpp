// One set of rules for both front ends: the same steps in the handling of data breaches, taken
// with `privacyregister-cli breach-step` on one copy of the demo register and with the buttons
// of the breach's details on another, leave the same stored breaches, because both call the
// same use case (usecases::BreachSteps). The moments go in as a person gives them: the CLI's
// --at in local time, the dialog's date and time fields.

#include "BreachTestSupport.h"
#include "GuiTestSupport.h"
#include "StepTestSupport.h"
#include "gui/editing/BreachActions.h"
#include "gui/editing/BreachStepDialog.h"
#include "storage/repositories/BreachRepository.h"
#include "support/CliRunner.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QUndoStack>

#include <catch2/catch.hpp>

using pr::core::BreachStep;
using pr::core::EntityKind;

namespace {

// What one step needs, as both front ends take it.
struct Step {
    qint64 breach;
    BreachStep step;
    QDateTime at;             // --at, local time; the dialog's date and time
    QString text = {};        // --text; the dialog's report or reason
    QString apReference = {}; // --ap-reference; typed over the dialog's, when given
};

// Before the demo's moment (21 November 2026, 09:00): DL-2026-04 (own data, discovered the day
// before at 15:00) reported, followed up and the people not told; DL-2026-01 (own data,
// reported twice in March) followed up once more, keeping its AP number; DL-2026-05 (a client's
// data) passed on to the client.
QList<Step> steps()
{
    using S = BreachStep;
    const QDate friday(2026, 11, 20);
    const QDate saturday(2026, 11, 21);
    return {
        {.breach = pr::test::kOwnBreach,
         .step = S::ReportToAuthority,
         .at = QDateTime(friday, QTime(16, 45)),
         .text = QStringLiteral("Laptop gestolen; omvang nog onbekend."),
         .apReference = QStringLiteral("M-2026-0999")},
        {.breach = pr::test::kOwnBreach,
         .step = S::ReportToAuthority,
         .at = QDateTime(saturday, QTime(8, 30)),
         .text = QStringLiteral("Aanvulling: ongeveer 40 betrokkenen.")},
        {.breach = pr::test::kOwnBreach,
         .step = S::DecideNotToInform,
         .at = QDateTime(saturday, QTime(8, 50)),
         .text = QStringLiteral("Schijf versleuteld: onleesbaar voor de dief (art. 34(3)(a)).")},
        {.breach = 1,
         .step = S::ReportToAuthority,
         .at = QDateTime(saturday, QTime(8, 55)),
         .text = QStringLiteral("Afronding van het onderzoek.")},
        {.breach = pr::test::kClientBreach,
         .step = S::InformClient,
         .at = QDateTime(friday, QTime(15, 40))},
    };
}

QStringList cliArguments(const Step& step)
{
    QStringList arguments{QStringLiteral("breach-step"), QString::number(step.breach),
                          QStringLiteral("--to"),        pr::core::enumCode(step.step),
                          QStringLiteral("--at"),        step.at.toString(Qt::ISODate)};
    if (!step.text.isEmpty()) {
        arguments << QStringLiteral("--text") << step.text;
    }
    if (!step.apReference.isEmpty()) {
        arguments << QStringLiteral("--ap-reference") << step.apReference;
    }
    return arguments;
}

// Takes STEP with the breach's button and its dialog, as a user does.
void takeInWindow(pr::gui::MainWindow& window, const Step& step)
{
    REQUIRE(window.showRecord(EntityKind::Breach, step.breach));
    auto* actions = window.findChild<pr::gui::BreachActions*>();
    REQUIRE(actions != nullptr);
    QPushButton* button = actions->stepButton(step.step);
    REQUIRE_FALSE(button->isHidden());
    button->click();
    pr::gui::BreachStepDialog* dialog = nullptr;
    for (auto* candidate : window.findChildren<pr::gui::BreachStepDialog*>()) {
        if (candidate->isVisible()) {
            dialog = candidate;
        }
    }
    REQUIRE(dialog != nullptr);
    dialog->findChild<QDateEdit*>(QStringLiteral("stepDate"))->setDate(step.at.date());
    dialog->findChild<QTimeEdit*>(QStringLiteral("stepTime"))->setTime(step.at.time());
    if (!step.text.isEmpty()) {
        auto* text = dialog->findChild<QPlainTextEdit*>(QStringLiteral("stepText"));
        if (text == nullptr) {
            text = dialog->findChild<QPlainTextEdit*>(QStringLiteral("stepReason"));
        }
        REQUIRE(text != nullptr);
        text->setPlainText(step.text);
    }
    if (!step.apReference.isEmpty()) {
        dialog->findChild<QLineEdit*>(QStringLiteral("apReference"))->setText(step.apReference);
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

TEST_CASE("The same breach steps in the window and with the CLI store the same breaches",
          "[gui][cli][breach]")
{
    pr::test::DemoWindow window(pr::storage::OpenMode::ReadWrite, pr::test::addUndecidedBreaches);
    const pr::test::DemoRegister other;
    pr::test::addUndecidedBreaches(*other.open());
    QTemporaryDir files;
    const QString passwordFile = files.filePath(QStringLiteral("password"));
    REQUIRE(pr::test::writeFile(
        passwordFile,
        QByteArray(pr::test::kPassword.data(), static_cast<qsizetype>(pr::test::kPassword.size())) +
            '\n'));

    for (const Step& step : steps()) {
        CAPTURE(step.breach, pr::core::enumCode(step.step).toStdString());
        takeInWindow(*window, step);
        takeWithCli(other, passwordFile, step);
    }
    REQUIRE(window->undoStack()->count() == steps().size());

    const auto reg = other.open(pr::storage::OpenMode::ReadOnly);
    for (const qint64 id : {qint64{1}, pr::test::kOwnBreach, pr::test::kClientBreach}) {
        CAPTURE(id);
        const auto inWindow =
            pr::storage::BreachRepository::find(window->currentRegister().database(), id);
        const auto byCli = pr::storage::BreachRepository::find(reg->database(), id);
        REQUIRE(inWindow.has_value());
        REQUIRE(byCli.has_value());
        CHECK(*inWindow == *byCli);
        // The same instants, and stored alike: the same offsets too.
        REQUIRE(inWindow->apNotifications.size() == byCli->apNotifications.size());
        for (qsizetype i = 0; i < inWindow->apNotifications.size(); ++i) {
            CHECK(inWindow->apNotifications[i].at.toString(Qt::ISODate) ==
                  byCli->apNotifications[i].at.toString(Qt::ISODate));
        }
        CHECK(inWindow->clientNotifiedAt.toString(Qt::ISODate) ==
              byCli->clientNotifiedAt.toString(Qt::ISODate));
    }
    const auto own = pr::storage::BreachRepository::find(window->currentRegister().database(),
                                                         pr::test::kOwnBreach);
    REQUIRE(own.has_value());
    REQUIRE(own->apNotifications.size() == 2);
    CHECK(own->apNotifications.last().at.toLocalTime() ==
          QDateTime(QDate(2026, 11, 21), QTime(8, 30)));
    CHECK(own->apReference == QStringLiteral("M-2026-0999"));
    CHECK(own->subjectsInformed == false);
}
