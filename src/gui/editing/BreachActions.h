#pragma once

#include "core/domain/Breach.h"
#include "core/workflow/BreachStep.h"

#include <QObject>

#include <optional>

class QLabel;
class QPushButton;
class QUndoStack;
class QWidget;

namespace pr::core {
class Clock;
}

namespace pr::gui {

class BreachStepDialog;
class RegisterEditor;
class SectionPages;

// The handling of the data breach in view, from its details: a button for each step
// core::BreachWorkflow allows now, which follows the firm's role ("Reported to the AP…" or
// "Not reported to the AP…" and "People informed…" or "People not informed…" for its own data;
// "Client informed…" for a client's, whose controller decides on the rest), each asked for in a
// BreachStepDialog that usecases::BreachSteps checks as the user types, recorded with
// BreachSteps::record and pushed as one undo step. A read-only register shows no step.
class BreachActions : public QObject {
    Q_OBJECT

public:
    BreachActions(RegisterEditor& editor, QUndoStack& undo, SectionPages& pages,
                  const core::Clock& clock, QWidget* window);

    // The button of STEP in the breach's details.
    QPushButton* stepButton(core::BreachStep step) const;

    // Opens the dialog for STEP on the selected breach (what the buttons do); nullptr when the
    // step is not possible now.
    BreachStepDialog* startStep(core::BreachStep step);

    // After the selection, the register or its mode changed.
    void updateButtons();

private:
    std::optional<core::Breach> current() const;
    void check(BreachStepDialog* dialog, qint64 id);
    void finishStep(BreachStepDialog* dialog, qint64 id);

    RegisterEditor& m_editor;
    QUndoStack& m_undo;
    SectionPages& m_pages;
    const core::Clock& m_clock;
    QWidget* m_window;
    QLabel* m_stepsLabel;
    QList<QPushButton*> m_stepButtons; // in the order of BreachStep
};

} // namespace pr::gui
