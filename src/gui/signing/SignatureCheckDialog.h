#pragma once

#include "report/signing/PdfSignatureCheck.h"

#include <QDialog>

#include <memory>
#include <vector>

namespace Ui {
class SignatureCheckDialog;
}

namespace pr::gui {

// "Check signature…" (File menu, welcome window): the digital signatures of a PDF as
// report::verifyPdfSignatures finds them, one row each (status in words, signer, time of
// signing, reason, whether it covers the whole document), and one verdict over all of them.
// The document is read into memory only; nothing is written.
class SignatureCheckDialog : public QDialog {
    Q_OBJECT

public:
    enum class Verdict {
        NoSignatures,     // the PDF is not signed digitally
        AllValid,         // every signature valid, nothing appended after the last
        ChangedAfterLast, // every signature valid, but the file was extended since
        SomeInvalid,      // at least one signature does not hold
    };

    SignatureCheckDialog(const QString& fileName, std::vector<report::PdfSignatureCheck> checks,
                         QWidget* parent = nullptr);
    ~SignatureCheckDialog() override;

    // Asks for a PDF and shows its check (what the menu item does).
    static void chooseAndShow(QWidget* parent);
    // Reads and checks the PDF at PATH and opens the dialog on it, deleted when closed; or,
    // when the file cannot be read or is no PDF, tells the user (a message box of PARENT) and
    // returns nullptr.
    static SignatureCheckDialog* showFor(const QString& path, QWidget* parent);

    Verdict verdict() const { return m_verdict; }
    const std::vector<report::PdfSignatureCheck>& checks() const { return m_checks; }

    // The words for STATUS, and a stable code for it (the table's Qt::UserRole data).
    static QString statusText(report::PdfSignatureCheck::Status status);
    static QString statusCode(report::PdfSignatureCheck::Status status);

private:
    void fillTable();
    void showVerdict();
    void showDetails(int row);

    std::unique_ptr<Ui::SignatureCheckDialog> m_ui;
    std::vector<report::PdfSignatureCheck> m_checks;
    Verdict m_verdict = Verdict::NoSignatures;
};

} // namespace pr::gui
