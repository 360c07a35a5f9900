#pragma once

#include "core/workflow/AgreementStep.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace pr::core {
struct Agreement;
struct ValidationIssue;
} // namespace pr::core

namespace pr::gui {

// Asks what one step in the signing of an agreement needs: its date, for a signature who
// signed (name, function, place), and for the client's signature the PDF they signed or the
// note that they signed on paper. "OK" emits submitted(); the caller checks the step with
// core::AgreementWorkflow and either closes the dialog or shows the problems with
// showIssues(), so that the user can correct them without starting again.
class AgreementStepDialog : public QDialog {
    Q_OBJECT

public:
    AgreementStepDialog(core::AgreementStep step, const core::Agreement& agreement, QDate today,
                        QWidget* parent = nullptr);

    core::AgreementStep step() const { return m_step; }
    QDate date() const;
    // The details for the workflow. Reads the chosen PDF; on a file that cannot be read or is
    // too large, returns nothing and sets ERROR.
    std::optional<core::AgreementStepDetails> details(QString& error) const;

    // The client's signed PDF (countersign), as the file picker sets it.
    void setPdfFile(const QString& path);
    QString pdfFile() const { return m_pdfPath; }

    void showIssues(const QList<core::ValidationIssue>& issues);
    void showError(const QString& message);

Q_SIGNALS:
    void submitted();

private:
    void choosePdf();

    core::AgreementStep m_step;
    QDateEdit* m_date;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_function = nullptr;
    QLineEdit* m_place = nullptr;
    QLabel* m_pdfLabel = nullptr;
    QCheckBox* m_onPaper = nullptr;
    QLabel* m_issues;
    QString m_pdfPath;
};

} // namespace pr::gui
