#pragma once

#include "core/domain/DataSubjectRequest.h"
#include "core/workflow/RequestStep.h"
#include "report/DocumentKind.h"

#include <QObject>

#include <optional>

class QLabel;
class QMenu;
class QPushButton;
class QUndoStack;
class QWidget;

namespace pr::core {
class Clock;
}

namespace pr::gui {

class RegisterEditor;
class RequestStepDialog;
class SectionPages;

// The handling of the data-subject request in view, from its details: a button for each step
// core::RequestWorkflow allows now ("Identity requested…", "Identity verified…", "Start
// handling…", "Extend…", "Client informed…", "Answered…", "Refuse…", "Withdrawn…"), each asked
// for in a RequestStepDialog that usecases::RequestSteps checks as the user types, recorded
// with RequestSteps::record and pushed as one undo step. A read-only register shows no step.
//
// "Make a letter" offers the letters that fit the request as it stands
// (report::LetterEligibility); choosing one opens Documenten with that letter and request
// chosen and previewed, so that the user reads it (and, for an access request, ticks the
// activities that concern the person) before saving or printing it.
class RequestActions : public QObject {
    Q_OBJECT

public:
    RequestActions(RegisterEditor& editor, QUndoStack& undo, SectionPages& pages,
                   const core::Clock& clock, QWidget* window);

    // The button of STEP in the request's details.
    QPushButton* stepButton(core::RequestStep step) const;
    QPushButton* letterButton() const { return m_letter; }
    // The letters "Make a letter" offers now, in its order.
    QList<report::DocumentKind> offeredLetters() const;

    // Opens the dialog for STEP on the selected request (what the buttons do); nullptr when the
    // step is not possible now.
    RequestStepDialog* startStep(core::RequestStep step);
    // Shows LETTER for the selected request in Documenten; false when it does not fit it.
    bool openLetter(report::DocumentKind letter);

    // After the selection, the register or its mode changed.
    void updateButtons();

private:
    qint64 currentId() const;
    std::optional<core::DataSubjectRequest> current() const;
    void check(RequestStepDialog* dialog, qint64 id);
    void finishStep(RequestStepDialog* dialog, qint64 id);

    RegisterEditor& m_editor;
    QUndoStack& m_undo;
    SectionPages& m_pages;
    const core::Clock& m_clock;
    QWidget* m_window;
    QLabel* m_stepsLabel;
    QList<QPushButton*> m_stepButtons; // in the order of RequestStep
    QPushButton* m_letter;
    QMenu* m_letters;
};

} // namespace pr::gui
