#include "core/workflow/SubProcessorImpact.h"

#include <QHash>

#include <tuple>

namespace pr::core {

namespace {

// Higher binds more: what the client signed comes before what it is still reviewing.
int bindingRank(SigningState state)
{
    switch (state) {
    case SigningState::Countersigned:
        return 4;
    case SigningState::SignedByFirm:
        return 3;
    case SigningState::Sent:
        return 2;
    case SigningState::Draft:
        return 1;
    case SigningState::Terminated:
        return 0;
    }
    return 0;
}

bool bindsMore(const Agreement& a, const Agreement& b)
{
    return std::tuple(bindingRank(a.signingState), a.startDate, a.id) >
           std::tuple(bindingRank(b.signingState), b.startDate, b.id);
}

} // namespace

bool SubProcessorImpact::isCurrent(const Agreement& agreement, QDate today)
{
    if (agreement.signingState == SigningState::Terminated) {
        return false;
    }
    return !agreement.endDate.isValid() || agreement.endDate >= today;
}

QList<AffectedClient> SubProcessorImpact::affected(const QList<qint64>& activityIds,
                                                   const QList<Agreement>& agreements,
                                                   const QList<Client>& clients, QDate today)
{
    QHash<qint64, Agreement> chosen;
    QHash<qint64, QList<qint64>> shared;
    for (const Agreement& agreement : agreements) {
        if (!isCurrent(agreement, today)) {
            continue;
        }
        QList<qint64> common;
        for (const qint64 id : agreement.activityIds) {
            if (activityIds.contains(id)) {
                common.append(id);
            }
        }
        if (common.isEmpty()) {
            continue;
        }
        const auto found = chosen.constFind(agreement.clientId);
        if (found == chosen.constEnd() || bindsMore(agreement, *found)) {
            chosen.insert(agreement.clientId, agreement);
            shared.insert(agreement.clientId, common);
        }
    }
    // In the order of CLIENTS (the repositories give them by name).
    QList<AffectedClient> result;
    for (const Client& client : clients) {
        const auto found = chosen.constFind(client.id);
        if (found != chosen.constEnd()) {
            result.append(AffectedClient{client, *found, shared.value(client.id)});
        }
    }
    return result;
}

QList<AffectedClient> SubProcessorImpact::ofAdding(const SubProcessor& sub,
                                                   const QList<Agreement>& agreements,
                                                   const QList<Client>& clients, QDate today)
{
    return affected(sub.activityIds, agreements, clients, today);
}

QList<AffectedClient> SubProcessorImpact::ofChange(const SubProcessor& before,
                                                   const SubProcessor& after,
                                                   const QList<Agreement>& agreements,
                                                   const QList<Client>& clients, QDate today)
{
    QList<qint64> added;
    for (const qint64 id : after.activityIds) {
        if (!before.activityIds.contains(id)) {
            added.append(id);
        }
    }
    return added.isEmpty() ? QList<AffectedClient>{} : affected(added, agreements, clients, today);
}

} // namespace pr::core
