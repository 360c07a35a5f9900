#pragma once

#include "core/domain/Breach.h"
#include "core/workflow/BreachStep.h"
#include "gui/editing/StepDialog.h"

#include <QDateTime>

class QLineEdit;
class QPlainTextEdit;

namespace pr::gui {

// Asks what one step in the handling of a data breach needs: its moment, date and time (the
// breach's clocks run in hours), now to start with, and only what that step records besides
// (core::BreachStepDetails): for a report to the AP what it said or added and the AP's number
// (the recorded one to start with); for no report, or not telling the people, the reason. The
// caller checks the step with usecases::BreachSteps as the user types and shows why it cannot
// be taken yet (StepDialog).
class BreachStepDialog : public StepDialog {
    Q_OBJECT

public:
    // NOW is the default moment, to the minute.
    BreachStepDialog(core::BreachStep step, const core::Breach& breach, const QDateTime& now,
                     QWidget* parent = nullptr);

    core::BreachStep step() const { return m_step; }
    core::BreachStepDetails details() const;

private:
    QPlainTextEdit* textField(const QString& objectName);

    core::BreachStep m_step;
    QPlainTextEdit* m_text = nullptr;
    QLineEdit* m_apReference = nullptr;
};

} // namespace pr::gui
