#pragma once

#include "core/domain/ClientScope.h"
#include "core/domain/ProcessingActivity.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QWidget>

class QListWidget;

namespace pr::gui {

class ClientScopeForm;

// The "per client" part of the activity editor: the clients the activity is done for, each
// marked "as the activity" or "own values", and beside them the form of the chosen client's
// own data (ClientScopeForm). What a client was given is kept while its client is unticked,
// so that ticking it again brings it back; only served clients' scopes are read.
class ClientScopesEdit : public QWidget {
    Q_OBJECT

public:
    explicit ClientScopesEdit(QWidget* parent = nullptr);

    void setChoices(const QStringList& dataCategories, const QStringList& dataSubjects);
    // The clients the activity is done for now (id, name), in the activity's order.
    void setClients(const QList<QPair<qint64, QString>>& clients);
    void setScopes(const QList<core::ClientScope>& scopes);
    // The activity's own values, shown where a client follows them.
    void setActivity(const core::ProcessingActivity& activity);
    // The scopes of CLIENTIDS, in that order, leaving out the clients that follow the activity
    // in every part.
    QList<core::ClientScope> scopes(const QList<qint64>& clientIds) const;
    // Marks the clients whose values have a problem.
    void markProblems(const QSet<qint64>& clientIds);

    QListWidget* clientList() const { return m_clients; }
    ClientScopeForm* form() const { return m_form; }

Q_SIGNALS:
    void changed();

private:
    qint64 currentClient() const;
    void showCurrent();
    void storeCurrent();
    void updateItems();

    QListWidget* m_clients;
    ClientScopeForm* m_form;
    QList<QPair<qint64, QString>> m_served;
    QHash<qint64, core::ClientScope> m_scopes;
    QSet<qint64> m_problems;
    core::ProcessingActivity m_activity;
};

} // namespace pr::gui
