#pragma once

#include "core/workflow/AgreementStep.h"
#include "gui/editing/StepDialog.h"

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace pr::core {
struct Agreement;
}

namespace pr::gui {

// Asks what one step in the signing of an agreement needs: its date (not after today), for a
// signature who signed (name, function, place), and for the client's signature the PDF they
// signed or the note that they signed on paper. The caller checks the step with
// usecases::AgreementSteps when OK is pressed (StepDialog).
class AgreementStepDialog : public StepDialog {
    Q_OBJECT

public:
    AgreementStepDialog(core::AgreementStep step, const core::Agreement& agreement, QDate today,
                        QWidget* parent = nullptr);

    core::AgreementStep step() const { return m_step; }
    // What to know before the DPA goes out (usecases::DpaReadinessQuery), above the form.
    void setWarnings(const QStringList& warnings);
    // The details for the workflow. Reads the chosen PDF; on a file that cannot be read or is
    // too large, returns nothing and sets ERROR.
    std::optional<core::AgreementStepDetails> details(QString& error) const;

    // The client's signed PDF (countersign), as the file picker sets it.
    void setPdfFile(const QString& path);
    QString pdfFile() const { return m_pdfPath; }

private:
    void choosePdf();

    core::AgreementStep m_step;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_function = nullptr;
    QLineEdit* m_place = nullptr;
    QLabel* m_pdfLabel = nullptr;
    QCheckBox* m_onPaper = nullptr;
    QString m_pdfPath;
};

} // namespace pr::gui
