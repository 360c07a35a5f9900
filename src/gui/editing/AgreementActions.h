#pragma once

#include "core/domain/Agreement.h"
#include "core/workflow/AgreementStep.h"

#include <QObject>

class QPushButton;
class QUndoStack;
class QWidget;

namespace pr::core {
class Clock;
}

namespace pr::gui {

class AgreementStepDialog;
class RegisterEditor;
class SectionPages;

// The signing of the agreement in view, as buttons in its details: the next
// possible steps of core::AgreementWorkflow ("Mark as sent", "Signed by us…", "Signed by the
// client…", "Terminate…"), each asked for in an AgreementStepDialog and pushed as an
// undo step, "Save signed PDF…" for the signed PDF kept in the register, and, when the
// register holds a certificate, "Sign with certificate…" (usecases::SignAgreement: signs,
// records the step and keeps the signed PDF, then confirms). A signed agreement also has
// "Open signed version" (the stored PDF in Documenten, to read, print or save), "Draft of a new
// version" (today's register, marked as such) and "New version…"
// (usecases::NewAgreementVersion, an undoable add). Every change goes through
// usecases::AgreementSteps, SignAgreement or NewAgreementVersion. Only the possible steps
// show; a read-only register shows none.
class AgreementActions : public QObject {
    Q_OBJECT

public:
    AgreementActions(RegisterEditor& editor, QUndoStack& undo, SectionPages& pages,
                     const core::Clock& clock, QWidget* window);

    // The button of STEP in the agreement's details.
    QPushButton* stepButton(core::AgreementStep step) const;
    QPushButton* savePdfButton() const { return m_savePdf; }
    QPushButton* signWithCertificateButton() const { return m_signWithCertificate; }
    QPushButton* openSignedButton() const { return m_openSigned; }
    QPushButton* newVersionDraftButton() const { return m_newVersionDraft; }
    QPushButton* newVersionButton() const { return m_newVersion; }

    // Opens the dialog for STEP on the selected agreement (what the buttons do); nullptr when
    // the step is not possible now.
    AgreementStepDialog* startStep(core::AgreementStep step);
    // Writes the selected agreement's signed PDF to PATH; false, after telling the user, when
    // that fails.
    bool saveSignedPdf(const QString& path);
    // Signs the selected agreement's DPA for the firm with the register's certificate, records
    // the step and keeps the signed PDF with it, saves a copy to PATH and confirms; false,
    // after telling the user why, when it cannot be signed.
    bool signWithCertificate(const QString& path);
    // Shows the DPA of agreement ID in Documenten: the stored signed PDF, or with
    // NEWVERSIONDRAFT today's register as the draft of a new version. False when Documenten
    // cannot switch now (a template with unsaved changes).
    bool openInDocuments(qint64 id, bool newVersionDraft);
    // Adds the next version of signed agreement ID as a draft (an undoable step) and selects it;
    // false, after telling the user why, when there is none to make.
    bool addNewVersion(qint64 id);

    // After the selection, the register or its mode changed.
    void updateButtons();

private:
    qint64 currentId() const;
    void finishStep(AgreementStepDialog* dialog, qint64 id);
    void chooseSavePath();
    void chooseSignedDpaPath();
    void pickSignedDpaPath();
    // An undo step for the change a use case made to the agreement.
    void pushStep(const core::Agreement& before, const core::Agreement& after,
                  const QString& stepLabel);
    void tell(const QString& title, const QString& message);
    void inform(const QString& title, const QString& message);

    RegisterEditor& m_editor;
    QUndoStack& m_undo;
    SectionPages& m_pages;
    const core::Clock& m_clock;
    QWidget* m_window;
    QList<QPushButton*> m_stepButtons; // in the order of AgreementStep
    QPushButton* m_savePdf;
    QPushButton* m_signWithCertificate;
    QPushButton* m_openSigned;
    QPushButton* m_newVersionDraft;
    QPushButton* m_newVersion;
};

} // namespace pr::gui
