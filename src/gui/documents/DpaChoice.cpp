#include "gui/documents/DpaChoice.h"

#include "core/domain/SigningState.h"
#include "gui/sections/DisplayText.h"
#include "report/model/DpaModel.h"
#include "storage/Register.h"
#include "storage/repositories/AgreementRepository.h"
#include "storage/repositories/ClientRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace pr::gui {

namespace {

// "Version 2.0, from 1-3-2025, Countersigned": what tells the versions apart, in the words
// of the agreements list.
QString agreementText(const core::Agreement& agreement)
{
    QStringList parts{DpaChoice::tr("Version %1").arg(agreement.version)};
    if (agreement.startDate.isValid()) {
        parts << DpaChoice::tr("from %1").arg(DisplayText::date(agreement.startDate));
    }
    parts << core::enumLabel(agreement.signingState);
    return parts.join(QStringLiteral(", "));
}

} // namespace

DpaChoice::DpaChoice(const storage::Register& reg, QComboBox& clients, QLabel& agreementLabel,
                     QComboBox& agreements, QObject* parent)
    : QObject(parent)
    , m_register(reg)
    , m_clients(clients)
    , m_agreementLabel(agreementLabel)
    , m_agreements(agreements)
{
    reload();
    connect(&m_clients, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling) {
            return;
        }
        // Another client: its own agreements, its current one chosen.
        m_filling = true;
        reloadAgreements();
        m_filling = false;
        Q_EMIT changed();
    });
    connect(&m_agreements, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            Q_EMIT changed();
        }
    });
}

void DpaChoice::reload()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    reloadClients();
    reloadAgreements();
    m_filling = wasFilling;
}

void DpaChoice::reloadClients()
{
    const qint64 chosen = clientId();
    const storage::SqliteDatabase& db = m_register.database();
    QSet<qint64> withAgreement;
    for (const core::Agreement& agreement : storage::AgreementRepository::all(db)) {
        withAgreement.insert(agreement.clientId);
    }
    m_clients.clear();
    for (const core::Client& client : storage::ClientRepository::all(db)) {
        if (withAgreement.contains(client.id)) {
            m_clients.addItem(client.legalName, client.id);
        }
    }
    m_clients.setCurrentIndex(std::max(0, m_clients.findData(chosen)));
    m_clients.setEnabled(m_clients.count() > 0);
}

void DpaChoice::reloadAgreements()
{
    const qint64 chosen = agreementId();
    QList<core::Agreement> agreements;
    if (clientId() > 0) {
        agreements = storage::AgreementRepository::forClient(m_register.database(), clientId());
    }
    const std::optional<core::Agreement> current = report::DpaModel::current(agreements);
    m_agreements.clear();
    // Newest first: the one to print is mostly at the top.
    std::reverse(agreements.begin(), agreements.end());
    for (const core::Agreement& agreement : agreements) {
        QString text = agreementText(agreement);
        if (current && current->id == agreement.id) {
            text = tr("%1 (current)").arg(text);
        }
        m_agreements.addItem(text, agreement.id);
    }
    // An earlier agreement the user chose stays chosen; the current one is followed when
    // another becomes current (a new version added meanwhile).
    int index = chosen == m_currentId ? -1 : m_agreements.findData(chosen);
    m_currentId = current ? current->id : 0;
    if (index < 0) {
        index = m_agreements.findData(m_currentId);
    }
    m_agreements.setCurrentIndex(std::max(0, index));
    const bool choice = m_agreements.count() > 1;
    m_agreements.setEnabled(choice);
    m_agreements.setToolTip(choice ? tr("The current agreement is chosen first; choose "
                                        "another to make that one again.")
                                   : tr("This client has one agreement."));
    setShown(m_shown);
}

void DpaChoice::setShown(bool shown)
{
    m_shown = shown;
    // Without a client there is nothing to show; with one agreement the disabled list still
    // says which agreement the document is.
    const bool visible = shown && m_agreements.count() > 0;
    m_agreementLabel.setVisible(visible);
    m_agreements.setVisible(visible);
}

bool DpaChoice::hasClients() const
{
    return m_clients.count() > 0;
}

qint64 DpaChoice::clientId() const
{
    return m_clients.currentData().toLongLong();
}

qint64 DpaChoice::agreementId() const
{
    return m_agreements.currentData().toLongLong();
}

QString DpaChoice::clientName() const
{
    return hasClients() ? m_clients.currentText() : QString();
}

bool DpaChoice::chooseClient(qint64 id)
{
    const int index = m_clients.findData(id);
    if (index >= 0) {
        m_clients.setCurrentIndex(index);
    }
    return index >= 0;
}

bool DpaChoice::chooseAgreement(qint64 id)
{
    const int index = m_agreements.findData(id);
    if (index >= 0) {
        m_agreements.setCurrentIndex(index);
    }
    return index >= 0;
}

} // namespace pr::gui
