#include "gui/editors/ClientScopesEdit.h"

#include "gui/editors/ClientScopeForm.h"

#include <QHBoxLayout>
#include <QListWidget>

namespace pr::gui {

ClientScopesEdit::ClientScopesEdit(QWidget* parent)
    : QWidget(parent)
    , m_clients(new QListWidget(this))
    , m_form(new ClientScopeForm(this))
{
    m_clients->setAccessibleName(tr("Clients of the activity"));
    m_clients->setMinimumWidth(180);
    m_clients->setMaximumWidth(260);
    m_clients->setWordWrap(true);
    m_clients->setSpacing(3);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_clients, 0, Qt::AlignTop);
    layout->addWidget(m_form, 1);
    connect(m_clients, &QListWidget::currentRowChanged, this, &ClientScopesEdit::showCurrent);
    connect(m_form, &ClientScopeForm::changed, this, [this] {
        storeCurrent();
        updateItems();
        Q_EMIT changed();
    });
    showCurrent();
}

void ClientScopesEdit::setChoices(const QStringList& dataCategories,
                                  const QStringList& dataSubjects)
{
    m_form->setChoices(dataCategories, dataSubjects);
}

void ClientScopesEdit::setClients(const QList<QPair<qint64, QString>>& clients)
{
    if (clients == m_served) {
        return;
    }
    const qint64 current = currentClient();
    m_served = clients;
    const QSignalBlocker blocker(m_clients);
    m_clients->clear();
    int row = 0;
    for (int i = 0; i < m_served.size(); ++i) {
        auto* item = new QListWidgetItem(m_clients);
        item->setData(Qt::UserRole, m_served[i].first);
        if (m_served[i].first == current) {
            row = i;
        }
    }
    m_clients->setCurrentRow(m_served.isEmpty() ? -1 : row);
    updateItems();
    showCurrent();
}

void ClientScopesEdit::setScopes(const QList<core::ClientScope>& scopes)
{
    m_scopes.clear();
    for (const core::ClientScope& scope : scopes) {
        m_scopes.insert(scope.clientId, scope);
    }
    updateItems();
    showCurrent();
}

void ClientScopesEdit::setActivity(const core::ProcessingActivity& activity)
{
    m_activity = activity;
    m_form->setActivity(activity);
}

QList<core::ClientScope> ClientScopesEdit::scopes(const QList<qint64>& clientIds) const
{
    QList<core::ClientScope> result;
    for (const qint64 id : clientIds) {
        const auto found = m_scopes.constFind(id);
        if (found != m_scopes.cend() && !found->isEmpty()) {
            result.append(*found);
        }
    }
    return result;
}

void ClientScopesEdit::markProblems(const QSet<qint64>& clientIds)
{
    if (clientIds != m_problems) {
        m_problems = clientIds;
        updateItems();
    }
}

qint64 ClientScopesEdit::currentClient() const
{
    const QListWidgetItem* item = m_clients->currentItem();
    return item != nullptr ? item->data(Qt::UserRole).toLongLong() : 0;
}

void ClientScopesEdit::showCurrent()
{
    const int row = m_clients->currentRow();
    m_form->setEnabled(row >= 0);
    m_form->setVisible(row >= 0);
    if (row < 0 || row >= m_served.size()) {
        return;
    }
    const qint64 id = m_served[row].first;
    m_form->setScope(m_served[row].second,
                     m_scopes.value(id, core::ClientScope{id, {}, {}, {}, {}}), m_activity);
}

void ClientScopesEdit::storeCurrent()
{
    if (const qint64 id = currentClient(); id != 0) {
        m_scopes.insert(id, m_form->scope(id));
    }
}

void ClientScopesEdit::updateItems()
{
    for (int row = 0; row < m_clients->count() && row < m_served.size(); ++row) {
        const qint64 id = m_served[row].first;
        const auto scope = m_scopes.constFind(id);
        const bool own = scope != m_scopes.cend() && !scope->isEmpty();
        QString text =
            m_served[row].second + u'\n' + (own ? tr("own values") : tr("as the activity"));
        if (m_problems.contains(id)) {
            text += u' ' + tr("(check)");
        }
        m_clients->item(row)->setText(text);
    }
}

} // namespace pr::gui
