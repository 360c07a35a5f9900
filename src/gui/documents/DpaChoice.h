#pragma once

#include <QObject>

class QComboBox;
class QLabel;

namespace pr::storage {
class Register;
}

namespace pr::gui {

// The choice of the Documents page for a data processing agreement: the client (only those
// with an agreement) and which of that client's agreements. A client's agreements are listed
// newest first; the one the renderer takes when none is named (DpaModel::current) is chosen
// first and marked as current, so that an earlier version can be printed again on purpose.
// With a single agreement the list shows it but offers no choice.
//
// It fills the page's combo boxes (ui/DocumentsPage.ui) and says changed() once per choice
// the user makes, not while it fills them.
class DpaChoice : public QObject {
    Q_OBJECT

public:
    // REG must outlive the choice; the widgets belong to the page.
    DpaChoice(const storage::Register& reg, QComboBox& clients, QLabel& agreementLabel,
              QComboBox& agreements, QObject* parent = nullptr);

    // Reads the clients and their agreements again, keeping what was chosen while it exists
    // (the current agreement: whichever is current now).
    void reload();
    // Shows or hides the agreement choice with the rest of the DPA's controls.
    void setShown(bool shown);

    bool hasClients() const;
    qint64 clientId() const;    // 0 when no client has an agreement
    qint64 agreementId() const; // 0 when there is none to choose from
    // The chosen client's name, for a file name; empty when there is none.
    QString clientName() const;
    // False when the client (or the agreement of the chosen client) is not in the list.
    bool chooseClient(qint64 id);
    bool chooseAgreement(qint64 id);

Q_SIGNALS:
    void changed();

private:
    void reloadClients();
    void reloadAgreements();

    const storage::Register& m_register;
    QComboBox& m_clients;
    QLabel& m_agreementLabel;
    QComboBox& m_agreements;
    qint64 m_currentId = 0; // the agreement marked current
    bool m_filling = false;
    bool m_shown = true;
};

} // namespace pr::gui
