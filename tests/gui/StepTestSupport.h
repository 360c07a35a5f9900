#pragma once

// What the tests of the workflow step buttons share (requests, breaches): which buttons show,
// opening a step's dialog, confirming it, reading what the file on disk says, and taking the
// same step with the command-line tool.

#include "GuiTestSupport.h"
#include "gui/editing/StepDialog.h"
#include "support/CliRunner.h"

#include <QLabel>
#include <QPushButton>
#include <QUndoStack>

#include <catch2/catch.hpp>

namespace pr::test {

// The control named NAME below PARENT.
template <typename Widget>
Widget* child(const QWidget* parent, const char* name)
{
    auto* widget = parent->findChild<Widget*>(QLatin1String(name));
    REQUIRE(widget != nullptr);
    return widget;
}

// Record ID as the file on disk has it, opened anew: saved means saved.
template <typename Repository>
auto onDisk(const DemoWindow& window, qint64 id)
{
    const auto reg = storage::Register::open(window.demo().path(), password(),
                                             storage::OpenMode::ReadOnly, fastOptions());
    const auto record = Repository::find(reg->database(), id);
    REQUIRE(record);
    return *record;
}

// The steps whose buttons ACTIONS shows, in the order of STEP.
template <typename Step, typename Actions>
QList<Step> shownSteps(Actions& actions)
{
    QList<Step> shown;
    for (const Step step : core::enumValues<Step>()) {
        if (!actions.stepButton(step)->isHidden()) {
            shown << step;
        }
    }
    return shown;
}

// Clicks the button of STEP and returns the dialog it opens.
template <typename Dialog, typename Actions, typename Step>
Dialog* openStep(Actions& actions, Step step)
{
    QPushButton* button = actions.stepButton(step);
    REQUIRE_FALSE(button->isHidden());
    button->click();
    // The one on screen: a dialog closed before is deleted later, by the event loop.
    Dialog* dialog = nullptr;
    for (auto* candidate : button->window()->findChildren<Dialog*>()) {
        if (candidate->isVisible()) {
            dialog = candidate;
        }
    }
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->step() == step);
    return dialog;
}

// Presses OK and waits until the step is one more undo step.
inline void confirm(DemoWindow& window, gui::StepDialog* dialog)
{
    const int steps = window->undoStack()->count();
    QPushButton* ok = dialog->okButton();
    CAPTURE(child<QLabel>(dialog, "stepIssues")->text());
    REQUIRE(ok->isEnabled());
    ok->click();
    REQUIRE(QTest::qWaitFor([&] { return window->undoStack()->count() == steps + 1; }));
}

// Runs ARGUMENTS with the command-line tool on DEMO's register (its password in PASSWORDFILE),
// at the demo's moment; the command must succeed.
inline void runCliOn(const DemoRegister& demo, const QString& passwordFile,
                     const QStringList& arguments)
{
    const core::FixedClock clock(demoNow());
    const CliResult result = runCli(QStringList{QStringLiteral("--register"), demo.path(),
                                                QStringLiteral("--password-file"), passwordFile} +
                                        arguments,
                                    {}, &clock);
    INFO(result.err.toStdString());
    REQUIRE(result.code == cli::ExitCode::Success);
}

} // namespace pr::test
