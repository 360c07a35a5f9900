#pragma once

#include "core/domain/DataSubjectRequest.h"
#include "core/workflow/RequestStep.h"
#include "gui/editing/StepDialog.h"

class QComboBox;
class QPlainTextEdit;

namespace pr::gui {

class DateField;

// Asks what one step in the handling of a data-subject request needs: its date, today to start
// with, and only what that step records besides (core::RequestStepDetails): the date the ID
// copy was destroyed (identity verified; only that date is kept, never the copy), the reason
// (extension, refusal), the reasonable doubt and the proof asked (identity check requested), the
// legal ground of a refusal, chosen from those that fit the right, what was done (answered), the
// information about complaint and appeal (refused, with the standard sentence to start from), a
// note (withdrawn). The caller checks the step with usecases::RequestSteps as the user types and
// shows why it cannot be taken yet (StepDialog).
class RequestStepDialog : public StepDialog {
    Q_OBJECT

public:
    RequestStepDialog(core::RequestStep step, const core::DataSubjectRequest& request, QDate today,
                      QWidget* parent = nullptr);

    core::RequestStep step() const { return m_step; }
    core::RequestStepDetails details() const;

private:
    QPlainTextEdit* textField(const QString& objectName, const QString& text = {});

    core::RequestStep m_step;
    DateField* m_copyDestroyed = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QPlainTextEdit* m_outcome = nullptr;
    QPlainTextEdit* m_doubt = nullptr;
    QPlainTextEdit* m_proofAsked = nullptr;
    QComboBox* m_ground = nullptr;
};

} // namespace pr::gui
