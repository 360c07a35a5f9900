#pragma once

#include "report/DocumentRequest.h"

#include <QFrame>

class QCheckBox;
class QLabel;
class QPushButton;

namespace pr::storage {
class SqliteDatabase;
}

namespace pr::gui {

// Above the Documents page's preview, for the DPA of a signed agreement: which document the
// preview is (the signed PDF the register keeps, byte for byte, or today's register as the
// draft of a new version), the signed version's date, signers and SHA-256, whether today's
// register still makes what was signed (report::DpaDrift, with the list of changes), a choice
// between the signed version and the draft, and "New version…". Hidden for anything else.
class SignedAgreementBar : public QFrame {
    Q_OBJECT

public:
    explicit SignedAgreementBar(QWidget* parent = nullptr);

    // Shows what REQUEST's document is, reading DB; hidden when it is not the DPA of a signed
    // agreement (or the agreement cannot be found).
    void showFor(const storage::SqliteDatabase& db, const report::DocumentRequest& request,
                 bool writable);

    // Whether the user chose the draft of a new version rather than the signed version.
    bool newVersionDraft() const;
    void setNewVersionDraft(bool draft);
    QString text() const;
    QCheckBox* draftChoice() const { return m_draft; }
    QPushButton* newVersionButton() const { return m_newVersion; }

Q_SIGNALS:
    void draftChosen();
    void newVersionRequested(qint64 agreementId);

private:
    QLabel* m_text;
    QCheckBox* m_draft;
    QPushButton* m_newVersion;
    qint64 m_agreementId = 0;
};

} // namespace pr::gui
