#pragma once

#include "core/domain/Organisation.h"
#include "gui/editors/RecordEditor.h"

class QPlainTextEdit;
class QSpinBox;

namespace pr::gui {

class ImageField;
class OrganisationForm;
class StatementFactsEdit;

// The firm's profile in the main window: the wizard's OrganisationForm, plus the logo and the
// representative's signature that the documents print, what the privacy statement states about
// the firm (privacy contact or FG, cookies, automated decisions, children), and when back-ups are
// overwritten, which the erasure letter states. There is one profile, stored with the register,
// so it is never new.
class OrganisationEditor : public RecordEditor {
    Q_OBJECT

public:
    explicit OrganisationEditor(const core::Organisation& stored, QWidget* parent = nullptr);

    core::EntityKind kind() const override { return core::EntityKind::Organisation; }
    bool isNew() const override { return false; }
    QString dialogTitle() const override;
    QList<core::ValidationIssue> issues() const override;
    bool isModified() const override { return !(value() == m_loaded); }
    std::unique_ptr<usecases::RecordVersion> loadedVersion() const override;
    std::unique_ptr<usecases::RecordVersion> editedVersion() const override;

    // The profile as the form shows it now.
    core::Organisation value() const;
    OrganisationForm* form() const { return m_form; }
    ImageField* logoField() const { return m_logo; }
    ImageField* signatureField() const { return m_signature; }
    StatementFactsEdit* statementFacts() const { return m_statement; }

protected:
    QList<core::ValidationIssue> placeIssues(const QList<core::ValidationIssue>& issues) override;

private:
    core::Organisation m_loaded;
    OrganisationForm* m_form;
    ImageField* m_logo;
    ImageField* m_signature;
    QSpinBox* m_backupDays;
    StatementFactsEdit* m_statement;
};

} // namespace pr::gui
