#pragma once

#include "core/domain/EntityKind.h"

#include <QGroupBox>

#include <memory>

class QUndoStack;

namespace Ui {
class CertificatePanel;
}

namespace pr::core {
class Clock;
}

namespace pr::gui {

class CertificatePasswordDialog;
class RegisterEditor;

// The firm's signing certificate on the Organisation page: who it names, who issued
// it, how long it is valid and its fingerprint, with a warning when it has expired or expires
// within 30 days; "Choose certificate…" (a PKCS#12 file and its password, checked before it
// is stored) and "Remove certificate…" (after asking). Both are undoable register writes
// (SetSigningCertificateCommand); a read-only register offers neither.
class CertificatePanel : public QGroupBox {
    Q_OBJECT

public:
    // How many days before the end of its validity the panel warns.
    static constexpr int kWarningDays = 30;

    CertificatePanel(RegisterEditor& editor, QUndoStack& undo, const core::Clock& clock,
                     QWidget* parent = nullptr);
    ~CertificatePanel() override;

    // Reads the stored certificate again.
    void reload();

    // Reads the PKCS#12 file at PATH and asks its password: the dialog, still open, or
    // nullptr when the file was refused at once (with a message of this panel's window).
    CertificatePasswordDialog* startImport(const QString& path);
    // Asks, then removes the stored certificate.
    void askRemove();

    // The warning shown (expired, not yet valid, expiring soon), or an empty string.
    QString warningText() const;

protected:
    // Read again whenever the page comes into view: the warning follows the clock.
    void showEvent(QShowEvent* event) override;

private:
    void chooseFile();
    void tell(const QString& title, const QString& text);

    std::unique_ptr<Ui::CertificatePanel> m_ui;
    RegisterEditor& m_editor;
    QUndoStack& m_undo;
    const core::Clock& m_clock;
};

} // namespace pr::gui
